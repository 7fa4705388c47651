package org.tongban.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.ResidentId;
import org.tongban.identity.Role;
import org.tongban.privacy.PersonalDataKeys;

/**
 * Who may see which applications — role and data scope: a citizen their own (as the applicant, or as
 * the agent who acted for the applicant), a clerk those received or handled at their service point, a
 * reviewer their department's cases held by the body of their area (a district, a zone, or the city:
 * the {@code district} claim beside {@code department}), a supervisor their district's (or the
 * city's), a kiosk those it submitted. Outside the scope an application does not exist for the
 * caller: 404, never 403, so numbers cannot be probed.
 */
public final class ApplicationAccess {

    private ApplicationAccess() {}

    /**
     * The citizen the application is for, or the one who acted for its applicant (the agent): both
     * follow it and act on the applicant's side (supplement, withdraw, rate).
     */
    public static boolean isApplicant(Caller caller, Application application) {
        return isPerson(caller, application.applicantIdNumber) || isAgent(caller, application);
    }

    /** The citizen who acted for the applicant. */
    public static boolean isAgent(Caller caller, Application application) {
        return isPerson(caller, application.agentIdNumber);
    }

    private static boolean isPerson(Caller caller, String idNumber) {
        return idNumber != null
                && caller.hasRole(Role.CITIZEN)
                && caller.residentId()
                        .map(ResidentId::value)
                        .filter(idNumber::equals)
                        .isPresent();
    }

    /**
     * A reviewer of the item's department in the area whose body holds the case under the
     * delegation it was routed under: a district-held case is decided by that district's reviewers,
     * not by the department's reviewers city-wide.
     */
    public static boolean isHoldersReviewer(Caller caller, Application a) {
        return caller.hasRole(Role.REVIEWER)
                && caller.department().filter(a.department::equals).isPresent()
                && caller.district().filter(a.holderDistrict::equals).isPresent();
    }

    public static boolean canSee(Caller caller, Application a) {
        return isApplicant(caller, a)
                || (caller.hasRole(Role.CLERK)
                        && caller.servicePoint()
                                .filter(p -> p.equals(a.handlingPoint) || p.equals(a.receivingPoint))
                                .isPresent())
                || isHoldersReviewer(caller, a)
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
        if (caller.hasRole(Role.REVIEWER)
                && caller.department().isPresent()
                && caller.district().isPresent()) {
            params.put("department", caller.department().get());
            params.put("holder", caller.district().get());
            return Optional.of(new Scope("a.department = :department AND a.holderDistrict = :holder", params));
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

    /** The caller's own applications: as the applicant, and as the agent for someone else. */
    public static Optional<Scope> ownScope(Caller caller) {
        if (caller.hasRole(Role.CITIZEN) && caller.residentId().isPresent()) {
            return Optional.of(new Scope(
                    List.of(
                            "a.applicantIdHash = :idHash",
                            "a.agentIdHash = :idHash AND (a.applicantIdHash IS NULL"
                                    + " OR a.applicantIdHash <> :idHash)"),
                    // ID numbers are stored encrypted: found by their keyed hash.
                    Map.of(
                            "idHash",
                            PersonalDataKeys.lookup()
                                    .of(caller.residentId().get().value()))));
        }
        return Optional.empty();
    }
}
