package org.tongban.cases.notices;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a window corrects on a notice it issued: why, the entries as they should have read (by their
 * label on the notice), and the legal basis if that was wrong. The correction is a new notice.
 */
@Schema(name = "NoticeCorrection")
public record NoticeCorrection(
        @Schema(description = "Why the notice is corrected; printed on the correction") @NotBlank @Size(max = 500)
        String reason,

        @Schema(description = "Entries of the notice given anew, each by its label; the others stay as issued")
        @NotNull
        @Size(max = 30)
        List<@NotNull @Valid Entry> entries,

        @Schema(description = "The legal basis as it should have read; left out, it stays as issued")
        @Size(min = 1, max = 1000)
        String legalBasis) {

    /** One entry of the notice, by its label ({@code NoticeEntry.label}), with its values as they should read. */
    @Schema(name = "NoticeCorrectionEntry")
    public record Entry(
            @NotBlank @Size(max = 40) String label,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) String> values) {}
}
