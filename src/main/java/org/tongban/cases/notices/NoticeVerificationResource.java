package org.tongban.cases.notices;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongban.common.Localized;
import org.tongban.common.Messages;
import org.tongban.common.ProblemException;

@Path("/api/v1/notices/verify")
@Tag(name = "Notices")
@PermitAll
@Localized
public class NoticeVerificationResource {

    @Inject
    NoticeService notices;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Verify a notice by its code (public)",
            description = "For anyone holding a notice (a bank, a landlord, another authority): the code printed on"
                    + " it, with or without dashes, in any case. Says what the notice is, who issued it and when, the"
                    + " case's item and state now, whether a later notice replaced it, and the SHA-256 of its PDF; no"
                    + " personal data but the applicant's masked name. Rate-limited like every anonymous request.")
    @APIResponse(
            responseCode = "200",
            description = "The notice is genuine",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public VerificationView verify(
            @QueryParam("code") @NotBlank @Size(max = 40) String code, @Context HttpHeaders headers) {
        return notices.verify(code, NoticeTexts.in(Messages.preferred(headers)))
                .orElseThrow(() -> ProblemException.notFound("not-found.verification-code"));
    }
}
