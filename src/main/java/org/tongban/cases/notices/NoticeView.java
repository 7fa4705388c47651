package org.tongban.cases.notices;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A notice as its case's readers see it, texts in the language asked for. The verification code is
 * not here: only its hash is kept, and the code is printed on the PDF issued with the notice.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Notice")
public record NoticeView(
        @Schema(description = "<application number>-<nn>: gap-free within the case")
        String number,

        NoticeKind kind,
        String title,
        String applicationNumber,
        LocalDate issuedOn,
        @Schema(description = "UTC") LocalDateTime issuedAt,

        @Schema(description = "The body in whose name it is issued")
        String issuer,

        @Schema(description = "The service point and window that issued it")
        String window,

        String intro,
        List<Entry> entries,
        String legalBasis,

        @Schema(description = "The notice this one corrects and replaces")
        String replaces,

        @Schema(description = "The notice that corrects and replaces this one, if any")
        String replacedBy,

        @Schema(description = "SHA-256 of the PDF as issued (GET with Accept: application/pdf)")
        String pdfSha256) {

    /** One labelled part: {@code label} is a stable key, {@code title} its text. */
    @Schema(name = "NoticeEntry")
    public record Entry(String label, String title, List<String> values) {}
}
