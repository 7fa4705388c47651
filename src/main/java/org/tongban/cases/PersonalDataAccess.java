package org.tongban.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;

/**
 * The one way staff see an applicant's or agent's full ID number — a clerk checking it against the
 * card at the window — and every such access is in the audit trail. An organisation's credit code is
 * public and never masked.
 */
@ApplicationScoped
public class PersonalDataAccess {

    @Inject
    AuditLog audit;

    /**
     * @param idNumber the applicant's, null for an organisation
     * @param agentIdNumber the agent's, null when nobody acted for the applicant
     */
    public record FullIdNumber(String number, String idNumber, String agentIdNumber) {}

    @Transactional
    public FullIdNumber revealIdNumber(Caller caller, String number, String reason) {
        Application a = ApplicationAccess.visible(caller, number);
        boolean windowClerk =
                caller.scope().atHandlingPoint(a.scopeFacts()) || caller.scope().atReceivingPoint(a.scopeFacts());
        if (!windowClerk) {
            throw new ProblemException(
                    403,
                    "forbidden",
                    "Forbidden",
                    "Only a clerk of the receiving or handling window sees the full ID number",
                    List.of());
        }
        audit.record(
                Actor.of(caller, Role.CLERK),
                "applicant-id.reveal",
                "application",
                a.number,
                a.handlingDistrict,
                null,
                java.util.Map.of("reason", reason));
        return new FullIdNumber(a.number, a.applicantIdNumber, a.agentIdNumber);
    }
}
