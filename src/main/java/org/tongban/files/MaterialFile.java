package org.tongban.files;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One uploaded file: who uploaded it, what it is, and when a submission or supplement handed it in. */
@Entity
@Table(name = "material_file")
public class MaterialFile extends PanacheEntityBase {

    /** Random, 128 bits in lower-case base32: what FILE:&lt;id&gt; names. Also the storage key. */
    @Id
    public String id;

    /** The uploader's subject (token {@code sub}): only they may attach it. */
    public String uploadedBy;

    public String mediaType;
    public long sizeBytes;
    public String sha256;
    public String storageKey;
    public LocalDateTime uploadedAt;
    /** When an unattached upload is deleted; null once attached (it then lives with the case). */
    public LocalDateTime expiresAt;

    /** When a submission or supplement handed it in; its cases are in material_file_case. */
    public LocalDateTime attachedAt;
}
