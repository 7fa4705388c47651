package org.tongban.cases.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The citizen a clerk or kiosk applies for, as identified at the window or device. */
public record ApplicantIdentity(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 18) String idNumber) {

    @Override
    public String toString() {
        return "ApplicantIdentity[" + name + "]";
    }
}
