package org.tongban.cases.notices;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationAccess;
import org.tongban.catalog.ServiceItem;
import org.tongban.common.Clocks;
import org.tongban.common.JsonCodec;
import org.tongban.common.LocalizedText;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.network.ServicePoint;

/**
 * Issues the written notices the actions declare, in the action's transaction, and reads them
 * back: for the case's readers, and — by verification code — for anyone. A notice is numbered
 * within its case under the case's row lock (held by every action), so numbering needs no counter
 * of its own and is gap-free: a rolled-back action takes its notice with it.
 */
@ApplicationScoped
public class NoticeService {

    private static final TypeReference<List<NoticeDue.Entry>> ENTRIES = new TypeReference<>() {};

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @Inject
    NoticePdf pdf;

    @ConfigProperty(name = "tongban.notices.verify-url")
    String verifyUrl;

    /**
     * Issues {@code due} for the case: numbered, dated, in the name of {@code decidedBy} (else the
     * issuing point), with a fresh verification code printed on its PDF and kept only as a hash.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice issue(Application a, NoticeDue due, LocalizedText decidedBy) {
        NoticeTexts texts = NoticeTexts.in(NoticeTexts.ISSUED_IN);
        boolean atReceipt = due.kind() == NoticeKind.RECEIPT;
        String pointCode = atReceipt ? a.receivingPoint : a.handlingPoint;
        String windowCode = atReceipt ? a.receivingWindow : a.handlingWindow;
        ServicePoint point = pointCode == null ? null : ServicePoint.findById(pointCode);
        String pointName = point == null ? pointCode : point.nameZh;

        var notice = new Notice();
        notice.applicationId = a.id;
        notice.seq = nextSeq(a);
        notice.number = a.number + "-" + String.format("%02d", notice.seq);
        notice.kind = due.kind();
        notice.issuedAt = Clocks.utcNow(clock);
        notice.issuedOn = LocalDate.now(clock);
        notice.issuer = decidedBy != null ? decidedBy.zh() : pointName;
        notice.issuerWindow = windowCode == null ? pointName : pointName + " " + windowCode;
        notice.legalBasis = due.legalBasis() != null ? due.legalBasis() : texts.defaultBasis(due.kind());
        notice.content = json.write(due.entries());
        String code = VerificationCodes.generate();
        notice.codeHash = VerificationCodes.hash(code);
        notice.pdf = pdf.render(printed(a, notice, code, texts));
        notice.pdfSha256 = VerificationCodes.sha256(notice.pdf);
        notice.persist();
        return notice;
    }

    /** The case's notices, oldest first, for whoever may read the case (404 for anyone else). */
    public List<NoticeView> list(Caller caller, String number, NoticeTexts texts) {
        Application a = readable(caller, number);
        List<Notice> notices = Notice.list("applicationId = ?1 order by seq", a.id);
        return notices.stream().map(n -> view(a, n, notices, texts)).toList();
    }

    public NoticeView one(Caller caller, String number, String noticeNumber, NoticeTexts texts) {
        Application a = readable(caller, number);
        List<Notice> notices = Notice.list("applicationId = ?1 order by seq", a.id);
        return notices.stream()
                .filter(n -> n.number.equals(noticeNumber))
                .findFirst()
                .map(n -> view(a, n, notices, texts))
                .orElseThrow(() -> ProblemException.notFound("not-found.notice", noticeNumber));
    }

    /** The PDF as issued. */
    public byte[] pdf(Caller caller, String number, String noticeNumber) {
        Application a = readable(caller, number);
        Notice notice = Notice.<Notice>find("applicationId = ?1 and number = ?2", a.id, noticeNumber)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("not-found.notice", noticeNumber));
        return notice.pdf;
    }

    /** Public: what the notice with this code is; empty for a code never issued. */
    public Optional<VerificationView> verify(String code, NoticeTexts texts) {
        if (!VerificationCodes.wellFormed(code)) {
            return Optional.empty();
        }
        return Notice.<Notice>find("codeHash", VerificationCodes.hash(code))
                .firstResultOptional()
                .map(n -> {
                    Application a = Application.findById(n.applicationId);
                    ServiceItem item = ServiceItem.findById(a.itemCode);
                    return new VerificationView(
                            true,
                            n.kind,
                            texts.title(n.kind),
                            n.number,
                            n.issuedOn,
                            n.issuer,
                            n.issuerWindow,
                            a.itemCode,
                            item == null ? null : localized(texts, item.nameZh, item.nameEn),
                            a.state,
                            MaskedNames.of(a.applicantKind, a.applicantName),
                            n.pdfSha256,
                            numberOf(n.replacesId),
                            Notice.<Notice>find("replacesId", n.id)
                                    .firstResultOptional()
                                    .map(later -> later.number)
                                    .orElse(null));
                });
    }

    private Printed printed(Application a, Notice n, String code, NoticeTexts texts) {
        ServiceItem item = ServiceItem.findById(a.itemCode);
        List<Printed.Line> lines = json.read(n.content, ENTRIES).stream()
                .map(e -> new Printed.Line(texts.label(e.label()), e.values()))
                .toList();
        return new Printed(
                texts.title(n.kind),
                n.number,
                a.number,
                a.applicantName,
                item == null ? a.itemCode : item.nameZh,
                texts.intro(n.kind),
                lines,
                n.legalBasis,
                numberOf(n.replacesId),
                n.issuer,
                n.issuerWindow,
                n.issuedOn,
                code,
                verifyUrl + "?code=" + code,
                Printed.Labels.of(texts));
    }

    private NoticeView view(Application a, Notice n, List<Notice> all, NoticeTexts texts) {
        List<NoticeView.Entry> entries = json.read(n.content, ENTRIES).stream()
                .map(e -> new NoticeView.Entry(e.label(), texts.label(e.label()), e.values()))
                .toList();
        return new NoticeView(
                n.number,
                n.kind,
                texts.title(n.kind),
                a.number,
                n.issuedOn,
                n.issuedAt,
                n.issuer,
                n.issuerWindow,
                texts.intro(n.kind),
                entries,
                n.legalBasis,
                all.stream()
                        .filter(o -> o.id.equals(n.replacesId))
                        .map(o -> o.number)
                        .findFirst()
                        .orElse(null),
                all.stream()
                        .filter(o -> n.id.equals(o.replacesId))
                        .map(o -> o.number)
                        .findFirst()
                        .orElse(null),
                n.pdfSha256);
    }

    private static String localized(NoticeTexts texts, String zh, String en) {
        return texts.isEnglish() && en != null ? en : zh;
    }

    private static String numberOf(Long noticeId) {
        if (noticeId == null) {
            return null;
        }
        Notice notice = Notice.findById(noticeId);
        return notice.number;
    }

    private static int nextSeq(Application a) {
        Number last = Notice.getEntityManager()
                .createQuery("select max(n.seq) from Notice n where n.applicationId = ?1", Number.class)
                .setParameter(1, a.id)
                .getSingleResult();
        return last == null ? 1 : last.intValue() + 1;
    }

    private static Application readable(Caller caller, String number) {
        return ApplicationAccess.visible(caller, number);
    }
}
