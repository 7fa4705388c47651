package org.tongban.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An application event waiting to be told to other systems; written in the event's transaction. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Unique and stable across retries, so receivers can de-duplicate. */
    public String eventId;

    public String eventType;
    public String applicationNumber;
    public String district;
    public String payload;
    public LocalDateTime createdAt;
    /** The API request that caused the event (X-Request-Id); null when a scheduled job did. */
    public String requestId;

    public boolean dispatched;
}
