package org.tongban.files;

import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An uploaded file as its uploader sees it.
 *
 * @param reference what to put in a material's reference to hand it in: FILE:&lt;id&gt;
 * @param expiresAt when it is deleted unless a submission or supplement attaches it before
 */
@Schema(
        name = "UploadedFile",
        requiredProperties = {"id", "reference", "mediaType", "size", "sha256", "uploadedAt", "expiresAt"})
public record FileView(
        String id,
        String reference,

        @Schema(
                description = "Read from the content, never from the name or the declared type",
                enumeration = {"application/pdf", "image/jpeg", "image/png", "application/ofd"})
        String mediaType,

        long size,
        @Schema(description = "Lower-case hex") String sha256,
        LocalDateTime uploadedAt,
        LocalDateTime expiresAt) {

    static FileView of(MaterialFile file) {
        return new FileView(
                file.id,
                MaterialFiles.PREFIX + file.id,
                file.mediaType,
                file.sizeBytes,
                file.sha256,
                file.uploadedAt,
                file.expiresAt);
    }
}
