package org.tongban.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.FieldError;
import org.tongban.common.Page;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
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
        if (r == null || !inScope(caller, r)) {
            throw ProblemException.notFound("Rectification " + id);
        }
        var row = RectificationSteps.find(r.status, request.step())
                .orElseThrow(() -> ProblemException.conflict(
                        "step-not-allowed",
                        request.step() + " is not possible while " + r.status + "; possible: "
                                + RectificationSteps.allowedIn(r.status)));
        String role = actingRole(caller, r, row.who());
        if (request.note() == null || request.note().isBlank()) {
            throw ProblemException.unprocessable(
                    "Say what was done",
                    List.of(new FieldError("note", "required", "a note is recorded for each step")));
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
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder(scope(caller, params));
        where.append(" AND status IN :statuses");
        params.put("statuses", filter.status() == null ? UNFINISHED : List.of(filter.status()));
        LocalDate today = LocalDate.now(clock);
        if (filter.overdueOnly()) {
            where.append(" AND status IN :waiting AND deadline < :today");
            params.put("waiting", AWAITING_THE_UNIT);
            params.put("today", today);
        }
        if (filter.afterId() != null) {
            where.append(" AND id > :after");
            params.put("after", filter.afterId());
        }
        List<RectificationView> fetched =
                Rectification.<Rectification>find(where + " ORDER BY id", params)
                        .range(0, filter.limit())
                        .list()
                        .stream()
                        .map(r -> RectificationView.of(r, today))
                        .toList();
        return Page.of(fetched, filter.limit(), view -> String.valueOf(view.id()));
    }

    /** @param afterId the id of the last rectification of the previous page */
    public record Filter(RectificationStatus status, boolean overdueOnly, Long afterId, int limit) {}

    private static String actingRole(Caller caller, Rectification r, RectificationSteps.Who who) {
        if (who == RectificationSteps.Who.SUPERVISOR && caller.hasRole(Role.SUPERVISOR)) {
            return Role.SUPERVISOR;
        }
        if (who == RectificationSteps.Who.UNIT
                && caller.hasRole(Role.CLERK)
                && caller.servicePoint().filter(r.handlingPoint::equals).isPresent()) {
            return Role.CLERK;
        }
        if (who == RectificationSteps.Who.UNIT && isHoldersReviewer(caller, r)) {
            return Role.REVIEWER;
        }
        throw new ProblemException(
                403, "forbidden", "Forbidden", "This step is for " + who.name().toLowerCase(), List.of());
    }

    private static boolean inScope(Caller caller, Rectification r) {
        return (caller.hasRole(Role.SUPERVISOR)
                        && (caller.isCitywideSupervisor()
                                || caller.district()
                                        .filter(r.handlingDistrict::equals)
                                        .isPresent()))
                || (caller.hasRole(Role.CLERK)
                        && caller.servicePoint().filter(r.handlingPoint::equals).isPresent())
                || isHoldersReviewer(caller, r);
    }

    /** As for the case itself: a reviewer of its department in the area whose body held it. */
    private static boolean isHoldersReviewer(Caller caller, Rectification r) {
        return caller.hasRole(Role.REVIEWER)
                && caller.department().filter(r.department::equals).isPresent()
                && caller.district().filter(r.holderDistrict::equals).isPresent();
    }

    static String scope(Caller caller, Map<String, Object> params) {
        if (caller.hasRole(Role.SUPERVISOR)) {
            if (caller.isCitywideSupervisor()) {
                return "1 = 1";
            }
            params.put("district", caller.district().orElse(""));
            return "handlingDistrict = :district";
        }
        if (caller.hasRole(Role.CLERK) && caller.servicePoint().isPresent()) {
            params.put("point", caller.servicePoint().get());
            return "handlingPoint = :point";
        }
        if (caller.hasRole(Role.REVIEWER)
                && caller.department().isPresent()
                && caller.district().isPresent()) {
            params.put("department", caller.department().get());
            params.put("holder", caller.district().get());
            return "department = :department AND holderDistrict = :holder";
        }
        throw new ProblemException(403, "forbidden", "Forbidden", "No rectifications are in your scope", List.of());
    }
}
