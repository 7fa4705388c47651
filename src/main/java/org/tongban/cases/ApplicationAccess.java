package org.tongban.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.ResidentId;
import org.tongban.identity.Role;

/**
 * Who may see which applications — role and data scope: a citizen their own, a clerk those received
 * or handled at their service point, a reviewer their department's, a supervisor their district's
 * (or the city's), a kiosk those it submitted. Outside the scope an application does not exist for
 * the caller: 404, never 403, so numbers cannot be probed.
 */
public final class ApplicationAccess {

    private ApplicationAccess() {}

    public static boolean isApplicant(Caller caller, Application application) {
        return caller.hasRole(Role.CITIZEN)
                && caller.residentId()
                        .map(ResidentId::value)
                        .filter(application.applicantIdNumber::equals)
                        .isPresent();
    }

    public static boolean canSee(Caller caller, Application a) {
        return isApplicant(caller, a)
                || (caller.hasRole(Role.CLERK)
                        && caller.servicePoint()
                                .filter(p -> p.equals(a.handlingPoint) || p.equals(a.receivingPoint))
                                .isPresent())
                || (caller.hasRole(Role.REVIEWER)
                        && caller.department().filter(a.department::equals).isPresent())
                || (caller.hasRole(Role.SUPERVISOR)
                        && (caller.isCitywideSupervisor()
                                || caller.district()
                                        .filter(a.handlingDistrict::equals)
                                        .isPresent()))
                || (caller.hasRole(Role.KIOSK)
                        && caller.actingClient() != null
                        && caller.actingClient().equals(a.actingClient));
    }

    public static Application visible(Caller caller, String number) {
        return Application.byNumber(number)
                .filter(a -> canSee(caller, a))
                .orElseThrow(() -> ProblemException.notFound("Application " + number));
    }

    /**
     * JPQL conditions (and their parameters) selecting the applications the caller may list: a case
     * is in scope when one branch holds. The branches never overlap, and each is led by an indexed
     * column, so each can be read newest first straight from its index (an OR would make the
     * database sort the whole point's history).
     */
    public record Scope(List<String> branches, Map<String, Object> params) {

        Scope(String where, Map<String, Object> params) {
            this(List.of(where), params);
        }
    }

    public static Optional<Scope> listScope(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        if (caller.hasRole(Role.SUPERVISOR)) {
            if (caller.isCitywideSupervisor()) {
                return Optional.of(new Scope("1 = 1", params));
            }
            params.put("district", caller.district().orElse(""));
            return Optional.of(new Scope("a.handlingDistrict = :district", params));
        }
        if (caller.hasRole(Role.REVIEWER) && caller.department().isPresent()) {
            params.put("department", caller.department().get());
            return Optional.of(new Scope("a.department = :department", params));
        }
        if (caller.hasRole(Role.CLERK) && caller.servicePoint().isPresent()) {
            params.put("point", caller.servicePoint().get());
            return Optional.of(new Scope(
                    List.of("a.handlingPoint = :point", "a.receivingPoint = :point AND a.handlingPoint <> :point"),
                    params));
        }
        if (caller.hasRole(Role.KIOSK) && caller.actingClient() != null) {
            params.put("client", caller.actingClient());
            return Optional.of(new Scope("a.actingClient = :client", params));
        }
        return ownScope(caller);
    }

    /** The caller's own applications, as the applicant. */
    public static Optional<Scope> ownScope(Caller caller) {
        if (caller.hasRole(Role.CITIZEN) && caller.residentId().isPresent()) {
            return Optional.of(new Scope(
                    "a.applicantIdNumber = :idNumber",
                    Map.of("idNumber", caller.residentId().get().value())));
        }
        return Optional.empty();
    }
}
