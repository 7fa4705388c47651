package org.tongban.cases.notices;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationAccess;
import org.tongban.catalog.CatalogQueries;
import org.tongban.catalog.ServiceItem;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.LocalizedText;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;
import org.tongban.network.NetworkQueries;

/**
 * Issues the written notices the actions declare, in the action's transaction, and reads them
 * back: for the case's readers, and — by verification code — for anyone. A notice is numbered
 * within its case by the case's own count (under the case's row lock, held by every action), so
 * numbering needs no counter of its own and is gap-free: a rolled-back action takes its notice with it.
 */
@ApplicationScoped
public class NoticeService {

    private static final TypeReference<List<NoticeDue.Entry>> ENTRIES = new TypeReference<>() {};
    private static final NoticeTexts CHINESE = NoticeTexts.in(NoticeTexts.ISSUED_IN);
    /** The label of the entry a correction adds: why the notice it replaces was wrong. */
    static final String CORRECTION_REASON = "correctionReason";

    @Inject
    AuditLog audit;

    @Inject
    JsonCodec json;

    @Inject
    Clock clock;

    @Inject
    NoticePrinter printer;

    @Inject
    CatalogQueries catalog;

    @Inject
    NetworkQueries network;

    /**
     * Issues {@code due} for the case as its notice number {@code seq} ({@link Application#nextNoticeSeq}):
     * dated, in the name of {@code decidedBy} (else the issuing point), with a fresh verification code.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notice issue(Application a, int seq, NoticeDue due, LocalizedText decidedBy) {
        boolean atReceipt = due.kind() == NoticeKind.RECEIPT;
        String pointCode = atReceipt ? a.receivingPoint : a.handlingPoint;
        String windowCode = atReceipt ? a.receivingWindow : a.handlingWindow;
        String pointName = Optional.ofNullable(pointCode)
                .flatMap(network::point)
                .map(point -> point.name().zh())
                .orElse(pointCode);
        String issuer = decidedBy != null ? decidedBy.zh() : pointName;
        String window = windowCode == null ? pointName : pointName + " " + windowCode;
        String basis = due.legalBasis() != null ? due.legalBasis() : CHINESE.defaultBasis(due.kind());
        return create(a, seq, due.kind(), basis, due.entries(), issuer, window, null);
    }

    /**
     * Corrects a notice (§1: a notice never changes): a new notice of the same kind, in the name of
     * the same body, with the corrected entries and the reason, naming the one it replaces — whose
     * verification from then on says by which. Only a clerk of the case's receiving or handling
     * window corrects, under the case's row lock (the new notice takes the case's next number).
     */
    @Transactional
    public NoticeView correct(
            Caller caller, String number, String noticeNumber, NoticeCorrection correction, NoticeTexts texts) {
        Application seen = readable(caller, number);
        if (!caller.hasRole(Role.CLERK) || !ApplicationAccess.atWindow(caller, seen)) {
            throw ProblemException.forbidden("notices.correction-by-window");
        }
        Application a = ApplicationAccess.lock(seen);
        List<Notice> notices = Notice.list("applicationId = ?1 order by seq", a.id);
        Notice replaced = notices.stream()
                .filter(n -> n.number.equals(noticeNumber))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("not-found.notice", noticeNumber));
        notices.stream()
                .filter(n -> replaced.id.equals(n.replacesId))
                .findFirst()
                .ifPresent(later -> {
                    throw ProblemException.conflict(
                            "notice-replaced", "notices.already-replaced", replaced.number, later.number);
                });
        List<NoticeDue.Entry> entries = corrected(json.read(replaced.content, ENTRIES), correction.entries());
        entries.add(new NoticeDue.Entry(CORRECTION_REASON, List.of(correction.reason())));
        String basis = correction.legalBasis() != null ? correction.legalBasis() : replaced.legalBasis;
        Notice created = create(
                a,
                a.nextNoticeSeq(),
                replaced.kind,
                basis,
                entries,
                replaced.issuer,
                replaced.issuerWindow,
                replaced.id);
        audit.record(
                Actor.of(caller, Role.CLERK),
                "notice.correct",
                "notice",
                created.number,
                a.handlingDistrict,
                Map.of("notice", replaced.number),
                Map.of("notice", created.number, "reason", correction.reason()));
        notices.add(created);
        return view(a, created, notices, texts);
    }

    /** The replaced notice's entries with those the correction names given anew, in their place. */
    private static List<NoticeDue.Entry> corrected(List<NoticeDue.Entry> issued, List<NoticeCorrection.Entry> changes) {
        List<String> labels = issued.stream().map(NoticeDue.Entry::label).toList();
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!labels.contains(changes.get(i).label())) {
                problems.add(new FieldError(
                        "entries[" + i + "].label",
                        "not-on-notice",
                        "notices.label-not-on-notice",
                        changes.get(i).label(),
                        labels));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(Message.of("notices.correction-rejected"), problems);
        }
        List<NoticeDue.Entry> entries = new ArrayList<>();
        for (NoticeDue.Entry entry : issued) {
            entries.add(changes.stream()
                    .filter(change -> change.label().equals(entry.label()))
                    .reduce((first, last) -> last)
                    .map(change -> new NoticeDue.Entry(entry.label(), change.values()))
                    .orElse(entry));
        }
        return entries;
    }

    /**
     * A notice, numbered next in its case, with the verification code its PDF will carry (kept
     * encrypted, and as a hash to look it up by): printed when first asked for ({@link NoticePrinter}).
     */
    private Notice create(
            Application a,
            int seq,
            NoticeKind kind,
            String legalBasis,
            List<NoticeDue.Entry> entries,
            String issuer,
            String window,
            Long replacesId) {
        var notice = new Notice();
        notice.applicationId = a.id;
        notice.seq = seq;
        notice.number = a.number + "-" + String.format("%02d", notice.seq);
        notice.kind = kind;
        notice.issuedAt = Clocks.utcNow(clock);
        notice.issuedOn = LocalDate.now(clock);
        notice.issuer = issuer;
        notice.issuerWindow = window;
        notice.legalBasis = legalBasis;
        notice.content = json.write(entries);
        notice.replacesId = replacesId;
        notice.code = VerificationCodes.generate();
        notice.codeHash = VerificationCodes.hash(notice.code);
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

    /** The PDF as issued: in English when asked for and issued in English, else in Chinese. */
    public NoticePrinter.Copy pdf(Caller caller, String number, String noticeNumber, NoticeTexts texts) {
        Application a = readable(caller, number);
        Notice notice = Notice.<Notice>find("applicationId = ?1 and number = ?2", a.id, noticeNumber)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("not-found.notice", noticeNumber));
        return printer.copy(notice, a, texts.isEnglish());
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
                    ServiceItem item = catalog.itemOrNull(a.itemCode);
                    return new VerificationView(
                            true,
                            n.kind,
                            texts.title(n.kind),
                            n.number,
                            n.issuedOn,
                            n.issuer,
                            n.issuerWindow,
                            a.itemCode,
                            item == null ? null : texts.name(item.nameZh, item.nameEn),
                            a.state,
                            MaskedNames.of(a.applicantKind, a.applicantName),
                            printer.sha256(n, a, texts.isEnglish()),
                            numberOf(n.replacesId),
                            Notice.<Notice>find("replacesId", n.id)
                                    .firstResultOptional()
                                    .map(later -> later.number)
                                    .orElse(null));
                });
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
                printer.sha256(n, a, texts.isEnglish()));
    }

    static String numberOf(Long noticeId) {
        if (noticeId == null) {
            return null;
        }
        Notice notice = Notice.findById(noticeId);
        return notice.number;
    }

    private static Application readable(Caller caller, String number) {
        return ApplicationAccess.visible(caller, number);
    }
}
