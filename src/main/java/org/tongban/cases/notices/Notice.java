package org.tongban.cases.notices;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.privacy.Encrypted;

/**
 * A written notice as issued: never updated (a correction is a new notice naming this one in
 * {@link #replacesId}). The PDF is kept as first printed and handed out, with its SHA-256.
 */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@code <application number>-<seq, two digits>}: unique city-wide, gap-free within the case. */
    public String number;

    public Long applicationId;
    public int seq;

    @Enumerated(EnumType.STRING)
    public NoticeKind kind;

    public LocalDate issuedOn;
    public LocalDateTime issuedAt;
    /** The body in whose name it is issued (Chinese, as printed). */
    public String issuer;
    /** The service point and window that issued it, as printed. */
    public String issuerWindow;

    public String legalBasis;
    /** The notice's entries ({@link NoticeDue.Entry}) as JSON. */
    public String content;

    public Long replacesId;
    /**
     * The verification code printed on the PDF: encrypted, since whoever holds it sees the notice's
     * verification; kept so that the PDF can be printed when first asked for ({@link NoticePrinter}).
     */
    @Convert(converter = Encrypted.class)
    public String code;

    /** SHA-256 of the verification code: what a verification looks up. */
    public String codeHash;

    /** Null until first asked for ({@link NoticePrinter}); read only when the PDF is asked for. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;

    public String pdfSha256;

    /** The same notice printed in English, for an applicant who reads English; null otherwise. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdfEn;

    public String pdfEnSha256;
}
