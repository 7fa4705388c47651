package org.tongban.cases;

import jakarta.persistence.EntityManager;
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

    /** A clerk of the window that received the case or of the one handling it. */
    public static boolean atWindow(Caller caller, Application a) {
        return caller.scope().atHandlingPoint(a.scopeFacts()) || caller.scope().atReceivingPoint(a.scopeFacts());
    }

    /**
     * Waits for any other writer of the same application to commit, then reads it fresh. The row
     * comes from the locking read itself: the scope check's plain read fixed this transaction's
     * REPEATABLE READ snapshot, so a plain re-read (refresh) would see the version from before
     * the lock and a concurrent winner would surface as a 409 at flush instead of a 412.
     */
    public static Application lock(Application seen) {
        EntityManager em = Application.getEntityManager();
        em.detach(seen);
        // Native: Hibernate's "FOR UPDATE OF alias" is MySQL 8 syntax MariaDB refuses.
        return (Application)
                em.createNativeQuery("SELECT * FROM application WHERE id = ?1 FOR UPDATE", Application.class)
                        .setParameter(1, seen.id)
                        .getSingleResult();
    }

    public static Application visible(Caller caller, String number) {
        return Application.byNumber(number)
                .filter(a -> canSee(caller, a))
                .orElseThrow(() -> ProblemException.notFound("not-found.application", number));
    }
}
