package org.tongban.cases.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.tongban.privacy.Encrypted;

/** The first response to a create, kept under the caller's Idempotency-Key and replayed on retries. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    public record Key(String caller, String keyValue) implements Serializable {}

    @Id
    public String caller;

    @Id
    public String keyValue;

    public String requestHash;
    public int responseStatus;
    public String responseLocation;

    @Convert(converter = Encrypted.class)
    public String responseBody;

    public LocalDateTime createdAt;
}
