package org.tongban.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.audit.Actor;
import org.tongban.audit.AuditLog;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;

/**
 * The one way staff see personal data in full — a clerk checking an ID number against the card at
 * the window, or a bank account before paying out — and every such access is in the audit trail
 * with the field and the reason. An organisation's credit code is public and never masked.
 */
@ApplicationScoped
public class PersonalDataAccess {

    private static final TypeReference<List<OfferedMaterial>> MATERIALS = new TypeReference<>() {};

    @Inject
    AuditLog audit;

    @Inject
    JsonCodec json;

    @Inject
    PersonalDeclarations declarations;

    /**
     * @param idNumber the applicant's, null for an organisation
     * @param agentIdNumber the agent's, null when nobody acted for the applicant
     */
    public record FullIdNumber(String number, String idNumber, String agentIdNumber) {}

    /**
     * One personal field in full.
     *
     * @param field as asked: {@code applicant.idNumber}, {@code applicant.contactPhone}, {@code
     *     agent.idNumber}, {@code form.<field>} (one the form declares personal) or {@code
     *     materials.<code>} (the material's reference)
     * @param value null when the application has no such value
     */
    public record RevealedField(String number, String field, String value) {}

    @Transactional
    public FullIdNumber revealIdNumber(Caller caller, String number, String reason) {
        Application a = windowClerksCase(caller, number);
        record(caller, a, "applicant-id.reveal", Map.of("reason", reason));
        return new FullIdNumber(a.number, a.applicantIdNumber, a.agentIdNumber);
    }

    @Transactional
    public RevealedField reveal(Caller caller, String number, String field, String reason) {
        Application a = windowClerksCase(caller, number);
        String value = valueOf(a, field)
                .orElseThrow(() -> new ProblemException(
                        422,
                        "not-a-personal-field",
                        Message.of("personal.not-personal"),
                        List.of(new FieldError("field", "not-a-personal-field", "personal.which-fields"))));
        record(caller, a, "personal-data.reveal", Map.of("field", field, "reason", reason));
        return new RevealedField(a.number, field, value.isEmpty() ? null : value);
    }

    /** The field's full value ("" when the application has none), empty when it is not a personal field. */
    private Optional<String> valueOf(Application a, String field) {
        switch (field) {
            case "applicant.idNumber":
                return Optional.of(orNone(a.applicantIdNumber));
            case "applicant.contactPhone":
                return Optional.of(orNone(a.contactPhone));
            case "agent.idNumber":
                return Optional.of(orNone(a.agentIdNumber));
            default:
                break;
        }
        if (field.startsWith("form.")) {
            String name = field.substring("form.".length());
            if (declarations.of(a).fields().kindOf(name).isEmpty()) {
                return Optional.empty();
            }
            JsonNode value = json.tree(a.form).path(name);
            return Optional.of(value.isMissingNode() || value.isNull() ? "" : value.asText());
        }
        if (field.startsWith("materials.")) {
            String code = field.substring("materials.".length());
            return Optional.of(json.read(a.materials, MATERIALS).stream()
                    .filter(m -> m.code().equals(code))
                    .map(OfferedMaterial::reference)
                    .findFirst()
                    .orElse(""));
        }
        return Optional.empty();
    }

    private static String orNone(String value) {
        return value == null ? "" : value;
    }

    private static Application windowClerksCase(Caller caller, String number) {
        Application a = ApplicationAccess.visible(caller, number);
        boolean windowClerk =
                caller.scope().atHandlingPoint(a.scopeFacts()) || caller.scope().atReceivingPoint(a.scopeFacts());
        if (!windowClerk) {
            throw ProblemException.forbidden("personal.window-clerks-only");
        }
        return a;
    }

    private void record(Caller caller, Application a, String action, Map<String, Object> details) {
        audit.record(Actor.of(caller, Role.CLERK), action, "application", a.number, a.handlingDistrict, null, details);
    }
}
