package org.tongban.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.Clocks;
import org.tongban.common.FieldError;
import org.tongban.identity.Caller;

/**
 * Files handed in as materials (FILE:&lt;id&gt;): a submission or supplement may hand in only files
 * its caller uploaded and no earlier request handed in; they are then attached to the case in the
 * same transaction and belong to it from then on. Another's file is reported as unknown, exactly like
 * an id that does not exist: ids cannot be probed.
 */
@ApplicationScoped
public class MaterialFiles {

    public static final String PREFIX = "FILE:";

    @Inject
    EntityManager em;

    @Inject
    FileStore store;

    @Inject
    Clock clock;

    /**
     * What keeps the caller from handing in the files {@code materials} reference, each named by
     * {@code materials[i].reference}. Locks the files until the transaction ends, so that no other
     * submission attaches them meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FieldError> problems(Caller caller, List<OfferedMaterial> materials) {
        LocalDateTime now = Clocks.utcNow(clock);
        List<FieldError> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < materials.size(); i++) {
            OfferedMaterial material = materials.get(i);
            Optional<String> id = fileId(material);
            if (id.isEmpty()) {
                continue;
            }
            String field = "materials[" + i + "].reference";
            MaterialFile file = locked(id.get());
            if (!seen.add(id.get())) {
                problems.add(new FieldError(
                        field, "file-used-twice", "file.used-twice", material.code(), material.reference()));
            } else if (file == null
                    || !file.uploadedBy.equals(caller.subject())
                    || (file.attachedAt == null && file.expiresAt.isBefore(now))) {
                problems.add(
                        new FieldError(field, "unknown-file", "file.unknown", material.code(), material.reference()));
            } else if (file.attachedAt != null) {
                problems.add(new FieldError(
                        field,
                        "file-already-attached",
                        "file.already-attached",
                        material.code(),
                        material.reference()));
            }
        }
        return problems;
    }

    /**
     * Attaches the files {@code materials} reference to the case, in the caller's transaction;
     * {@link #problems} found none. The applications of one bundle may share a file.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(long applicationId, List<OfferedMaterial> materials) {
        LocalDateTime now = Clocks.utcNow(clock);
        for (OfferedMaterial material : materials) {
            fileId(material).ifPresent(id -> {
                MaterialFile file = locked(id);
                if (file.attachedAt == null) {
                    file.attachedAt = now;
                    file.expiresAt = null;
                }
                em.createNativeQuery("INSERT IGNORE INTO material_file_case (application_id, file_id, material_code)"
                                + " VALUES (?1, ?2, ?3)")
                        .setParameter(1, applicationId)
                        .setParameter(2, id)
                        .setParameter(3, material.code())
                        .executeUpdate();
            });
        }
    }

    /** A file handed in with a case, and the material of the case's list it was handed in as. */
    public record Attached(MaterialFile file, String materialCode) {}

    /** A file handed in with the case, when it is one. */
    public Optional<Attached> ofCase(long applicationId, String id) {
        List<?> material = em.createNativeQuery(
                        "SELECT material_code FROM material_file_case WHERE application_id = ?1 AND file_id = ?2")
                .setParameter(1, applicationId)
                .setParameter(2, id)
                .getResultList();
        return material.isEmpty()
                ? Optional.empty()
                : Optional.of(new Attached(em.find(MaterialFile.class, id), (String) material.get(0)));
    }

    public InputStream open(MaterialFile file) throws IOException {
        return store.open(file.storageKey);
    }

    /** The file's row, locked until the transaction ends; null when there is none. */
    private MaterialFile locked(String id) {
        // Native: Hibernate's "FOR UPDATE OF alias" is MySQL 8 syntax MariaDB refuses.
        List<?> rows = em.createNativeQuery("SELECT id FROM material_file WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        MaterialFile file = em.find(MaterialFile.class, id);
        em.refresh(file);
        return file;
    }

    private static Optional<String> fileId(OfferedMaterial material) {
        String reference = material.reference();
        return reference != null && reference.startsWith(PREFIX)
                ? Optional.of(reference.substring(PREFIX.length()))
                : Optional.empty();
    }
}
