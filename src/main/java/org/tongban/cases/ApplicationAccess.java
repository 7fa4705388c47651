package org.tongban.cases;

import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.DataScope;

/**
 * Single reads of an application under the caller's {@link DataScope}, the one rule of who sees
 * what. Outside the scope an application does not exist for the caller: 404, never 403, so numbers
 * cannot be probed.
 */
public final class ApplicationAccess {

    private ApplicationAccess() {}

    /**
     * The citizen the application is for, or the one who acted for its applicant (the agent): both
     * follow it and act on the applicant's side (supplement, withdraw, rate).
     */
    public static boolean isApplicant(Caller caller, Application application) {
        return caller.scope().sees(DataScope.Applicant.class, application.scopeFacts());
    }

    /** The citizen who acted for the applicant. */
    public static boolean isAgent(Caller caller, Application application) {
        return caller.scope().isAgentOf(application.scopeFacts());
    }

    public static boolean canSee(Caller caller, Application a) {
        return caller.scope().sees(a.scopeFacts());
    }

    public static Application visible(Caller caller, String number) {
        return Application.byNumber(number)
                .filter(a -> canSee(caller, a))
                .orElseThrow(() -> ProblemException.notFound("not-found.application", number));
    }
}
