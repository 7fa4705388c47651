package org.tongban.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * How far the chain has been verified (the last verified seal), where the rolling re-check of older
 * entries stands, and the break found last, if any. One row. A forged seal here gains an attacker
 * nothing: every entry after it must still carry a seal made with the key.
 */
@Entity
@Table(name = "audit_verification")
public class AuditVerification extends PanacheEntityBase {

    static final int ROW = 1;

    @Id
    public Integer id;

    public long verifiedSeq;
    public String verifiedHash;
    public LocalDateTime verifiedAt;
    /** The re-check of already verified entries continues after this position; 0 = from the start. */
    public long sweepSeq;
    /** Entries up to here were chained before keys and carry an unkeyed hash. */
    public long legacyThroughSeq;

    public Long breakSeq;
    public Long breakEntryId;
    public String breakReason;
    public LocalDateTime breakFoundAt;
    public String breakFoundBy;
}
