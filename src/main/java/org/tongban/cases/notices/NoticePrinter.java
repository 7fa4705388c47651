package org.tongban.cases.notices;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.cases.Application;
import org.tongban.catalog.CatalogQueries;
import org.tongban.catalog.ServiceItem;
import org.tongban.common.JsonCodec;
import org.tongban.common.Messages;

/**
 * Prints a notice's PDF the first time anyone asks for it (the PDF itself, its hash in a view, its
 * verification), then keeps it as printed. A notice is issued — numbered, dated, its entries and its
 * verification code fixed — in its action's transaction; printing is not part of that transaction,
 * because a PDF with an embedded CJK subset costs tens of milliseconds of CPU and the action holds the
 * case's row lock (and, at submission, the district's number counter). Everything printed comes from
 * the stored notice, so a later print says exactly what an immediate one would have.
 *
 * <p>Two readers printing the same notice at once (two instances, say) each make a PDF; the first to
 * store it wins ({@code where pdf_sha256 is null}) and the other hands out the stored one: every
 * reader of a notice gets the same bytes, ever after.
 */
@ApplicationScoped
public class NoticePrinter {

    private static final TypeReference<List<NoticeDue.Entry>> ENTRIES = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    NoticePdf pdf;

    @Inject
    JsonCodec json;

    @Inject
    CatalogQueries catalog;

    @ConfigProperty(name = "tongban.notices.verify-url")
    String verifyUrl;

    /** A PDF as issued, and the language it is in. */
    public record Copy(byte[] content, Locale language) {}

    /**
     * The copy for a reader of {@code english}: the English one where the applicant reads English
     * (and so is issued one), else the authoritative Chinese one.
     */
    @Transactional
    public Copy copy(Notice notice, Application a, boolean english) {
        boolean inEnglish = inEnglish(a, english);
        byte[] content = printedSha256(notice, inEnglish) == null
                ? print(notice, a, inEnglish)
                : inEnglish ? notice.pdfEn : notice.pdf;
        return new Copy(content, inEnglish ? Messages.ENGLISH : Messages.CHINESE);
    }

    /** The SHA-256 of the copy {@link #copy} hands a reader of {@code english}, printing it if need be. */
    @Transactional
    public String sha256(Notice notice, Application a, boolean english) {
        boolean inEnglish = inEnglish(a, english);
        String printed = printedSha256(notice, inEnglish);
        return printed != null ? printed : VerificationCodes.sha256(print(notice, a, inEnglish));
    }

    /** Only an applicant who reads English is issued an English copy. */
    private static boolean inEnglish(Application a, boolean english) {
        return english && Messages.ENGLISH.equals(Messages.ofTag(a.language));
    }

    /** The stored copy's hash, null while it is not printed. */
    private static String printedSha256(Notice notice, boolean english) {
        return english ? notice.pdfEnSha256 : notice.pdfSha256;
    }

    private byte[] print(Notice notice, Application a, boolean english) {
        byte[] printed =
                pdf.render(printed(a, notice, NoticeTexts.in(english ? Messages.ENGLISH : NoticeTexts.ISSUED_IN)));
        // Bulk statements, not the managed notice: a lost race must not overwrite the stored copy at flush.
        String copy = english ? "pdfEn" : "pdf";
        int stored = em.createQuery("update Notice n set n." + copy + " = ?1, n." + copy + "Sha256 = ?2"
                        + " where n.id = ?3 and n." + copy + "Sha256 is null")
                .setParameter(1, printed)
                .setParameter(2, VerificationCodes.sha256(printed))
                .setParameter(3, notice.id)
                .executeUpdate();
        if (stored == 1) {
            return printed;
        }
        // A locking read: a plain one would see this transaction's snapshot, taken before the winner stored it.
        return (byte[])
                em.createNativeQuery("SELECT " + (english ? "pdf_en" : "pdf") + " FROM notice WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, notice.id)
                        .getSingleResult();
    }

    private Printed printed(Application a, Notice n, NoticeTexts texts) {
        ServiceItem item = catalog.itemOrNull(a.itemCode);
        List<Printed.Line> lines = json.read(n.content, ENTRIES).stream()
                .map(e -> new Printed.Line(texts.label(e.label()), e.values()))
                .toList();
        return new Printed(
                texts.title(n.kind),
                n.number,
                a.number,
                a.applicantName,
                item == null ? a.itemCode : texts.name(item.nameZh, item.nameEn),
                texts.intro(n.kind),
                lines,
                n.legalBasis,
                NoticeService.numberOf(n.replacesId),
                n.issuer,
                n.issuerWindow,
                n.issuedOn,
                n.code,
                verifyUrl + "?code=" + n.code,
                Printed.Labels.of(texts));
    }
}
