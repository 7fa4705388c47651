package org.tongban.cases.notices;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
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

/**
 * A written notice as issued: never updated (a correction is a new notice naming this one in
 * {@link #replacesId}). The PDF is kept as handed to the applicant, with its SHA-256.
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
    /** SHA-256 of the verification code; the code itself is printed on the PDF only. */
    public String codeHash;

    /** Read only when the PDF is asked for. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;

    public String pdfSha256;

    /** The same notice printed in English, for an applicant who reads English; null otherwise. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdfEn;

    public String pdfEnSha256;

    /** The SHA-256 of the PDF a reader of this language is given (the Chinese one when there is no other). */
    public String pdfSha256(boolean english) {
        return english && pdfEnSha256 != null ? pdfEnSha256 : pdfSha256;
    }
}
