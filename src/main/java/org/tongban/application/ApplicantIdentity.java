package org.tongban.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.catalog.ApplicantKind;

/**
 * Who the application is for: a natural person (resident ID number) or an organisation (unified
 * social credit code, GB 32100). Clerks and kiosks give the applicant they serve; a citizen leaves
 * it out to apply for themself, or names an organisation they act for.
 *
 * @param kind PERSON when left out
 */
public record ApplicantIdentity(
        ApplicantKind kind,
        @NotBlank @Size(max = 100) String name,

        @Size(max = 18) @Schema(description = "A person's 18-character resident ID number")
        String idNumber,

        @Size(max = 18) @Schema(description = "An organisation's 18-character unified social credit code")
        String creditCode) {

    public ApplicantKind kindOrDefault() {
        return kind == null ? ApplicantKind.PERSON : kind;
    }

    @Override
    public String toString() {
        return "ApplicantIdentity[" + kindOrDefault() + " " + name + "]";
    }
}
