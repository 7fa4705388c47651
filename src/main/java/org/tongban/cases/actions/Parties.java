package org.tongban.cases.actions;

import java.util.Optional;
import java.util.Set;
import org.tongban.cases.Application;
import org.tongban.cases.ApplicationAccess;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;

/**
 * Which of a transition's parties the caller is for this application, and so the role they act in.
 * Reviewers and heads act for the body holding the case: their department and their area (the
 * {@code district} claim) must both be the case's ({@link ApplicationAccess#isHoldersReviewer}).
 */
public final class Parties {

    private Parties() {}

    /** The role the caller acts in, or empty when they are none of the parties. */
    public static Optional<String> actingRole(Caller caller, Application application, Set<Party> parties) {
        for (Party party : parties) {
            Optional<String> role = switch (party) {
                case APPLICANT -> when(ApplicationAccess.isApplicant(caller, application), Role.CITIZEN);
                case HANDLING_CLERK -> when(isHandlingClerk(caller, application), Role.CLERK);
                case RECEIVING_CLERK -> when(isReceivingClerk(caller, application), Role.CLERK);
                case DEPARTMENT_REVIEWER ->
                    when(ApplicationAccess.isHoldersReviewer(caller, application), Role.REVIEWER);
                case DEPARTMENT_HEAD -> when(isDepartmentHead(caller, application), Role.DEPARTMENT_HEAD);
                case RECEIVING_OUTLET -> when(isReceivingOutlet(caller, application), Role.KIOSK);
                case STEP_ACTOR ->
                    Role.REVIEWER.equals(application.currentStepRole)
                            ? when(ApplicationAccess.isHoldersReviewer(caller, application), Role.REVIEWER)
                            : when(isHandlingClerk(caller, application), Role.CLERK);
                case SYSTEM -> Optional.empty();
            };
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    static boolean isHandlingClerk(Caller caller, Application a) {
        return caller.hasRole(Role.CLERK)
                && caller.servicePoint().filter(a.handlingPoint::equals).isPresent();
    }

    static boolean isReceivingClerk(Caller caller, Application a) {
        return caller.hasRole(Role.CLERK)
                && a.receivingPoint != null
                && caller.servicePoint().filter(a.receivingPoint::equals).isPresent();
    }

    /** A head acts on their department's cases in their area as its reviewers do. */
    static boolean isDepartmentHead(Caller caller, Application a) {
        return caller.hasRole(Role.DEPARTMENT_HEAD) && ApplicationAccess.isHoldersReviewer(caller, a);
    }

    static boolean isReceivingOutlet(Caller caller, Application a) {
        return caller.hasRole(Role.KIOSK)
                && caller.actingClient() != null
                && caller.actingClient().equals(a.actingClient);
    }

    private static Optional<String> when(boolean condition, String role) {
        return condition ? Optional.of(role) : Optional.empty();
    }
}
