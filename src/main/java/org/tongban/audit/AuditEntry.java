package org.tongban.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of the audit trail. Written once, in the transaction of the change it records; only
 * the sealer later fills {@code seq}, {@code prevHash}, {@code keyId} and {@code hash}. No API edits or deletes it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Whole seconds: the MySQL driver drops fractions on MariaDB, and the hash covers this value. */
    public LocalDateTime recordedAt;

    public String actor;
    public String actingClient;
    public String actorRole;
    public String action;
    public String subjectType;
    public String subjectId;
    /** The district whose supervisors may read this entry; null = city-level only. */
    public String scopeDistrict;

    public String beforeState;
    public String afterState;

    public Long seq;
    public String prevHash;
    /** The key the seal was made with (see {@link AuditChain}); null on entries sealed before keys. */
    public String keyId;

    public String hash;
}
