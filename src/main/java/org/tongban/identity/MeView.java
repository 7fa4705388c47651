package org.tongban.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /api/v1/me} shows: the caller as the service sees them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Me")
public record MeView(
        String subject,
        String username,
        String displayName,
        List<String> roles,

        @Schema(description = "The acting client (azp): the app, the clerks' front-end or a kiosk")
        String actingClient,

        String servicePoint,
        String department,
        String district,

        @Schema(description = "The caller's own resident ID number, in full (it is theirs)")
        String idNumber,

        String phone) {

    static MeView of(Caller caller) {
        return new MeView(
                caller.subject(),
                caller.username(),
                caller.displayName(),
                caller.roles().stream().sorted().toList(),
                caller.actingClient(),
                caller.servicePoint().orElse(null),
                caller.department().orElse(null),
                caller.district().orElse(null),
                caller.residentId().map(ResidentId::value).orElse(null),
                caller.phone().orElse(null));
    }
}
