package org.tongban.cases.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The applicant's registered residence (户籍所在地) as they declare it: what a RESIDENCE item's
 * competent district is, and where "nearby" is measured from when nothing closer is known. The
 * first six digits of a resident ID number say where it was issued, not where the person lives.
 *
 * @param licence the household register e-licence it is checked against: the applicant's, naming the
 *     declared district (else a problem listed with the others); kept with the application
 */
public record DeclaredResidence(
        @NotBlank @Pattern(regexp = "[0-9a-z-]{2,20}") String district,

        @Pattern(regexp = "E-LICENCE:HOUSEHOLD_REGISTER:[A-Za-z0-9-]{1,80}")
        @Schema(description = "E-LICENCE:HOUSEHOLD_REGISTER:<number> of the applicant's household register")
        String licence) {}
