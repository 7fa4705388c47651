package org.tongban.cases.actions;

import java.util.Optional;
import java.util.Set;
import org.tongban.cases.Application;
import org.tongban.identity.Caller;
import org.tongban.identity.DataScope;
import org.tongban.identity.Role;

/**
 * Which of a transition's parties the caller is for this application, and so the role they act in.
 * Reviewers and heads act for the body holding the case: their department and their area (the
 * {@code district} claim) must both be the case's. Every check is one of the caller's {@link DataScope}.
 */
public final class Parties {

    private Parties() {}

    /** The role the caller acts in, or empty when they are none of the parties. */
    public static Optional<String> actingRole(Caller caller, Application application, Set<Party> parties) {
        DataScope scope = caller.scope();
        DataScope.Facts a = application.scopeFacts();
        for (Party party : parties) {
            Optional<String> role = switch (party) {
                case APPLICANT -> when(scope.sees(DataScope.Applicant.class, a), Role.CITIZEN);
                case HANDLING_CLERK -> when(scope.atHandlingPoint(a), Role.CLERK);
                case RECEIVING_CLERK -> when(scope.atReceivingPoint(a), Role.CLERK);
                case DEPARTMENT_REVIEWER -> when(holdersStaff(caller, a, Role.REVIEWER), Role.REVIEWER);
                case DEPARTMENT_HEAD -> when(holdersStaff(caller, a, Role.DEPARTMENT_HEAD), Role.DEPARTMENT_HEAD);
                case RECEIVING_OUTLET -> when(scope.sees(DataScope.KioskClient.class, a), Role.KIOSK);
                case STEP_ACTOR ->
                    Role.REVIEWER.equals(application.currentStepRole)
                            ? when(holdersStaff(caller, a, Role.REVIEWER), Role.REVIEWER)
                            : when(scope.atHandlingPoint(a), Role.CLERK);
                case SYSTEM -> Optional.empty();
            };
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }

    /** A reviewer (or head) of the case's department in the area of the body holding it. */
    private static boolean holdersStaff(Caller caller, DataScope.Facts a, String role) {
        return caller.hasRole(role) && caller.scope().sees(DataScope.DepartmentInDistrict.class, a);
    }

    private static Optional<String> when(boolean condition, String role) {
        return condition ? Optional.of(role) : Optional.empty();
    }
}
