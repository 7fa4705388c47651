package org.tongban.cases.intake;

import java.util.List;
import java.util.Set;
import org.tongban.catalog.Channel;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.ResidentId;
import org.tongban.identity.Role;
import org.tongban.network.PointType;

/**
 * Who is applying, for whom, and where it was received — from the caller's role, never from what
 * the body claims: a citizen applies for themself online; a clerk for the citizen at their window;
 * a kiosk or partner outlet for the citizen identified at the device.
 *
 * @param applicantIdNumber as given (checked with everything else, so all problems are listed together)
 */
public record Intake(
        String role,
        Channel channel,
        String applicantName,
        String applicantIdNumber,
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
        if (caller.hasRole(Role.CITIZEN)) {
            ResidentId self = caller.residentId()
                    .orElseThrow(() -> forbidden("Your account has no verified resident ID number; apply at a window"));
            if (request.applicant() != null
                    && !self.value().equalsIgnoreCase(request.applicant().idNumber())) {
                throw forbidden("A citizen applies for themself; to apply for someone else, go to a window");
            }
            if (!ONLINE.contains(request.channel())) {
                problems.add(new FieldError(
                        "channel", "channel-not-for-role", "citizens apply on the WEB or MOBILE channel"));
            }
            return new Intake(Role.CITIZEN, request.channel(), caller.displayName(), self.value(), null, null);
        }
        if (caller.hasRole(Role.CLERK)) {
            String point = caller.servicePoint()
                    .orElseThrow(() -> forbidden("Your account is not assigned to a service point"));
            if (request.channel() != Channel.WINDOW) {
                problems.add(new FieldError("channel", "channel-not-for-role", "clerks apply on the WINDOW channel"));
            }
            return onBehalf(Role.CLERK, request, point, request.receivingWindow(), problems);
        }
        if (caller.hasRole(Role.KIOSK)) {
            String point =
                    caller.servicePoint().orElseThrow(() -> forbidden("This kiosk is not assigned to a service point"));
            PointType expected = outletType(request.channel());
            if (expected == null || expected != receivingPointType) {
                problems.add(new FieldError(
                        "channel",
                        "channel-not-for-role",
                        "a " + receivingPointType + " submits on its own channel (KIOSK, POST, BANK or NOTARY)"));
            }
            return onBehalf(Role.KIOSK, request, point, null, problems);
        }
        throw forbidden("Only citizens, window clerks and kiosks or partner outlets submit applications");
    }

    private static Intake onBehalf(
            String role, SubmitRequest request, String point, String window, List<FieldError> problems) {
        if (request.applicant() == null) {
            problems.add(new FieldError(
                    "applicant", "applicant-required", "name and ID number of the citizen present are required"));
            return new Intake(role, request.channel(), null, null, point, window);
        }
        return new Intake(
                role,
                request.channel(),
                request.applicant().name(),
                request.applicant().idNumber(),
                point,
                window);
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
    }
}
