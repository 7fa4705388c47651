package org.tongban.cases.intake;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongban.catalog.ApplicantFacts;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.Channel;
import org.tongban.catalog.PointType;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.ResidentId;
import org.tongban.identity.Role;
import org.tongban.identity.StatutoryRetirement;
import org.tongban.identity.UnifiedSocialCreditCode;

/**
 * Who is applying, for whom, and where it was received — from the caller's role, never from what
 * the body claims: a citizen applies for themself online, or as the agent of an organisation; a
 * clerk for the person or organisation at their window; a kiosk or partner outlet for the one
 * identified at the device. Identity numbers are checked here with everything else, so all
 * problems are listed together.
 *
 * @param applicantIdNumber a person's resident ID number, as given; null for an organisation
 * @param applicantCreditCode an organisation's unified social credit code, as given; null for a person
 * @param agentName the person acting for the applicant, or null
 */
public record Intake(
        String role,
        Channel channel,
        ApplicantKind applicantKind,
        String applicantName,
        String applicantIdNumber,
        String applicantCreditCode,
        String agentName,
        String agentIdNumber,
        String receivingPoint,
        String receivingWindow) {

    private static final Set<Channel> ONLINE = Set.of(Channel.WEB, Channel.MOBILE);

    /** The point type an outlet's channel must match. */
    static PointType outletType(Channel channel) {
        return switch (channel) {
            case KIOSK -> PointType.KIOSK;
            case POST -> PointType.POST_OFFICE;
            case BANK -> PointType.BANK;
            case NOTARY -> PointType.NOTARY;
            default -> null;
        };
    }

    /**
     * @param receivingPointType the type of the caller's service point, when it has one
     * @param problems where request problems are collected (422); role problems are thrown (403)
     */
    static Intake of(Caller caller, SubmitRequest request, PointType receivingPointType, List<FieldError> problems) {
        Intake intake;
        if (caller.hasRole(Role.CITIZEN)) {
            intake = online(caller, request, problems);
        } else if (caller.hasRole(Role.CLERK)) {
            String point = caller.servicePoint().orElseThrow(() -> forbidden("intake.clerk-without-point"));
            if (request.channel() != Channel.WINDOW) {
                problems.add(new FieldError("channel", "channel-not-for-role", "intake.clerk-channel"));
            }
            intake = onBehalf(Role.CLERK, request, point, request.receivingWindow(), problems);
        } else if (caller.hasRole(Role.KIOSK)) {
            String point = caller.servicePoint().orElseThrow(() -> forbidden("intake.kiosk-without-point"));
            PointType expected = outletType(request.channel());
            if (expected == null || expected != receivingPointType) {
                problems.add(
                        new FieldError("channel", "channel-not-for-role", "intake.outlet-channel", receivingPointType));
            }
            intake = onBehalf(Role.KIOSK, request, point, null, problems);
        } else {
            throw forbidden("intake.role-cannot-submit");
        }
        intake.identityProblems(problems);
        return intake;
    }

    /** Whether a person other than the applicant acts for them. */
    boolean hasAgent() {
        return agentIdNumber != null;
    }

    /** The applicant's verified resident ID, for a person whose number is valid. */
    Optional<ResidentId> applicantId() {
        return ResidentId.parse(applicantIdNumber);
    }

    /** The organisation's verified credit code, when it is one and the code is valid. */
    Optional<UnifiedSocialCreditCode> organisation() {
        return UnifiedSocialCreditCode.parse(applicantCreditCode);
    }

    /** The agent's verified resident ID, when someone acts for the applicant. */
    Optional<ResidentId> agentId() {
        return ResidentId.parse(agentIdNumber);
    }

    /**
     * What rules may know of the applicant on the day: kind, age and statutory retirement (persons,
     * from the ID number's birth date and sex), the residence they declared, whether an agent acts.
     */
    ApplicantFacts facts(String declaredResidence, LocalDate today) {
        Optional<ResidentId> person = applicantKind == ApplicantKind.PERSON ? applicantId() : Optional.empty();
        return new ApplicantFacts(
                applicantKind,
                person.map(id -> Period.between(id.birthDate(), today).getYears())
                        .orElse(null),
                declaredResidence,
                hasAgent(),
                person.map(id -> retirement(id, today)).orElse(null));
    }

    private static Map<String, Boolean> retirement(ResidentId id, LocalDate today) {
        Map<String, Boolean> reached = new LinkedHashMap<>();
        for (StatutoryRetirement category : StatutoryRetirement.values()) {
            reached.put(category.key(), category.appliesTo(id.isMale()) && category.reached(id.birthDate(), today));
        }
        return reached;
    }

    /**
     * The GB/T 39046 A.4 service object the applicant is: 1 natural person, or the organisation's
     * from its credit code; empty when the credit code is not valid (reported already).
     */
    Optional<String> serviceObject() {
        return applicantKind == ApplicantKind.PERSON
                ? Optional.of("1")
                : organisation().map(UnifiedSocialCreditCode::serviceObject);
    }

    /**
     * Online, the citizen is the applicant, or the agent of the organisation they name; applying for
     * another person needs a power of attorney checked at a window.
     */
    private static Intake online(Caller caller, SubmitRequest request, List<FieldError> problems) {
        ResidentId self = caller.residentId().orElseThrow(() -> forbidden("intake.no-resident-id"));
        if (!ONLINE.contains(request.channel())) {
            problems.add(new FieldError("channel", "channel-not-for-role", "intake.citizen-channel"));
        }
        if (request.agent() != null
                && !self.value().equalsIgnoreCase(request.agent().idNumber())) {
            throw forbidden("intake.online-no-agent");
        }
        ApplicantIdentity applicant = request.applicant();
        if (applicant != null && applicant.kindOrDefault() == ApplicantKind.ORGANISATION) {
            return new Intake(
                    Role.CITIZEN,
                    request.channel(),
                    ApplicantKind.ORGANISATION,
                    applicant.name(),
                    applicant.idNumber(),
                    applicant.creditCode(),
                    caller.displayName(),
                    self.value(),
                    null,
                    null);
        }
        if (applicant != null && !self.value().equalsIgnoreCase(applicant.idNumber())) {
            throw forbidden("intake.citizen-for-another");
        }
        return new Intake(
                Role.CITIZEN,
                request.channel(),
                ApplicantKind.PERSON,
                caller.displayName(),
                self.value(),
                applicant == null ? null : applicant.creditCode(),
                null,
                null,
                null,
                null);
    }

    private static Intake onBehalf(
            String role, SubmitRequest request, String point, String window, List<FieldError> problems) {
        ApplicantIdentity applicant = request.applicant();
        AgentIdentity agent = request.agent();
        if (applicant == null) {
            problems.add(new FieldError("applicant", "applicant-required", "intake.applicant-required"));
            return new Intake(role, request.channel(), null, null, null, null, null, null, point, window);
        }
        if (applicant.kindOrDefault() == ApplicantKind.ORGANISATION && agent == null) {
            problems.add(new FieldError("agent", "agent-required", "intake.agent-required"));
        }
        return new Intake(
                role,
                request.channel(),
                applicant.kindOrDefault(),
                applicant.name(),
                applicant.idNumber(),
                applicant.creditCode(),
                agent == null ? null : agent.name(),
                agent == null ? null : agent.idNumber(),
                point,
                window);
    }

    /** A person is named by a valid resident ID number, an organisation by a valid credit code, an agent by their ID. */
    private void identityProblems(List<FieldError> problems) {
        if (applicantKind == ApplicantKind.PERSON) {
            if (applicantCreditCode != null) {
                problems.add(new FieldError("applicant.creditCode", "not-for-a-person", "intake.not-for-a-person"));
            }
            if (applicantId().isEmpty()) {
                problems.add(invalidId("applicant.idNumber"));
            }
        }
        if (applicantKind == ApplicantKind.ORGANISATION) {
            if (applicantIdNumber != null) {
                problems.add(new FieldError(
                        "applicant.idNumber", "not-for-an-organisation", "intake.not-for-an-organisation"));
            }
            if (organisation().isEmpty()) {
                problems.add(
                        new FieldError("applicant.creditCode", "invalid-credit-code", "intake.invalid-credit-code"));
            }
        }
        if (agentIdNumber != null && agentId().isEmpty()) {
            problems.add(invalidId("agent.idNumber"));
        }
    }

    private static FieldError invalidId(String field) {
        return new FieldError(field, "invalid-id-number", "intake.invalid-id-number");
    }

    private static ProblemException forbidden(String detailKey) {
        return ProblemException.forbidden(detailKey);
    }
}
