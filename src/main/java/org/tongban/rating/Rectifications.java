package org.tongban.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.Page;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.DataScope;
import org.tongban.identity.Role;

/** Working rectifications: callback, rectification, reply; appeals decided by supervisors. */
@ApplicationScoped
@Transactional
public class Rectifications {

    private static final List<RectificationStatus> AWAITING_THE_UNIT = Arrays.stream(RectificationStatus.values())
            .filter(RectificationStatus::awaitsTheUnit)
            .toList();

    private static final List<RectificationStatus> UNFINISHED = Arrays.stream(RectificationStatus.values())
            .filter(status -> !status.isFinished())
            .toList();

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record StepRequest(
            @NotNull RectificationSteps.Step step,
            @Size(max = 1000) String note) {}

    public RectificationView act(Caller caller, long id, StepRequest request) {
        Rectification r = Rectification.findById(id);
        if (r == null || !caller.scope().answersFor(r.scopeFacts())) {
            throw ProblemException.notFound("not-found.rectification", id);
        }
        var row = RectificationSteps.find(r.status, request.step())
                .orElseThrow(() -> ProblemException.conflict(
                        "step-not-allowed",
                        "rectifications.step-not-allowed",
                        request.step(),
                        r.status,
                        RectificationSteps.allowedIn(r.status)));
        String role = actingRole(caller, r, row.who());
        if (request.note() == null || request.note().isBlank()) {
            throw ProblemException.unprocessable(
                    Message.of("rectifications.say-what-was-done"),
                    List.of(new FieldError("note", "required", "rectifications.note-required")));
        }
        RectificationStatus before = r.status;
        switch (request.step()) {
            case CALLBACK -> r.callbackNote = request.note();
            case RECTIFY -> r.rectificationNote = request.note();
            case REPLY -> {
                r.reply = request.note();
                r.repliedOn = LocalDate.now(clock);
            }
            case APPEAL -> r.appealReason = request.note();
            case UPHOLD_APPEAL -> {
                r.appealDecision = request.note();
                Rating.update("malicious = true WHERE id = ?1", r.ratingId);
            }
            case REJECT_APPEAL -> r.appealDecision = request.note();
        }
        r.status = row.to();
        audit.record(
                Actor.of(caller, role),
                "rectification." + request.step().name().toLowerCase().replace('_', '-'),
                "rectification",
                String.valueOf(r.id),
                r.handlingDistrict,
                before,
                r.status);
        return RectificationView.of(r, LocalDate.now(clock));
    }

    /**
     * Rectifications in the caller's scope, oldest first (so soonest deadline first: every deadline
     * is the same number of working days after opening). Without a status, those not yet finished.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RectificationView> list(Caller caller, Filter filter) {
        List<DataScope.Condition> scope = caller.scope().answerable("r");
        if (scope.isEmpty()) {
            throw ProblemException.forbidden("scope.no-rectifications");
        }
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder(" AND r.status IN :statuses");
        params.put("statuses", filter.status() == null ? UNFINISHED : List.of(filter.status()));
        LocalDate today = LocalDate.now(clock);
        if (filter.overdueOnly()) {
            where.append(" AND r.status IN :waiting AND r.deadline < :today");
            params.put("waiting", AWAITING_THE_UNIT);
            params.put("today", today);
        }
        if (filter.afterId() != null) {
            where.append(" AND r.id > :after");
            params.put("after", filter.afterId());
        }
        List<Rectification> fetched = Page.merge(
                scope.stream()
                        .map(branch -> oldestFirst(branch, where.toString(), params, filter.limit() + 1))
                        .toList(),
                Comparator.comparing((Rectification r) -> r.id),
                r -> r.id,
                filter.limit() + 1);
        return Page.of(
                fetched.stream().map(r -> RectificationView.of(r, today)).toList(),
                filter.limit(),
                view -> String.valueOf(view.id()));
    }

    private static List<Rectification> oldestFirst(
            DataScope.Condition branch, String where, Map<String, Object> params, int rows) {
        Map<String, Object> all = new HashMap<>(branch.params());
        all.putAll(params);
        return Rectification.<Rectification>find(
                        "FROM Rectification r WHERE " + branch.jpql() + where + " ORDER BY r.id", all)
                .range(0, rows - 1)
                .list();
    }

    /** @param afterId the id of the last rectification of the previous page */
    public record Filter(RectificationStatus status, boolean overdueOnly, Long afterId, int limit) {}

    private static String actingRole(Caller caller, Rectification r, RectificationSteps.Who who) {
        if (who == RectificationSteps.Who.SUPERVISOR && caller.hasRole(Role.SUPERVISOR)) {
            return Role.SUPERVISOR;
        }
        if (who == RectificationSteps.Who.UNIT && caller.scope().atHandlingPoint(r.scopeFacts())) {
            return Role.CLERK;
        }
        if (who == RectificationSteps.Who.UNIT
                && caller.hasRole(Role.REVIEWER)
                && caller.scope().sees(DataScope.DepartmentInDistrict.class, r.scopeFacts())) {
            return Role.REVIEWER;
        }
        throw ProblemException.forbidden(
                "rectifications.step-is-for", who.name().toLowerCase());
    }
}
