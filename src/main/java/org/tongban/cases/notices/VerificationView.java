package org.tongban.cases.notices;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.cases.ApplicationState;

/**
 * What anyone holding a notice learns from its verification code: that it is genuine, what it is,
 * who issued it and when, for which item, where the case stands now, and whether a later notice
 * replaced it. No personal data but the applicant's masked name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "NoticeVerification")
public record VerificationView(
        boolean genuine,
        NoticeKind kind,
        String title,
        String number,
        LocalDate issuedOn,
        String issuer,
        String window,
        String itemCode,
        String itemName,
        @Schema(description = "The case's state now") ApplicationState applicationState,

        @Schema(description = "A person's name masked but for its first character; an organisation's in full")
        String applicant,

        @Schema(description = "SHA-256 of the PDF as issued: compare with the document in hand")
        String pdfSha256,

        String replaces,

        @Schema(description = "Set when a later notice corrected this one: that notice is the valid one")
        String replacedBy) {}
