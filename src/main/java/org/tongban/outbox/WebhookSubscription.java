package org.tongban.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.tongban.privacy.Encrypted;

/** Another system's wish to hear of application events, signed with a shared secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;
    /** Comma-separated event types (application.accept …), or "*" for all. */
    public String eventTypes;
    /** Comma-separated handling districts, or empty for all. */
    public String districts;

    @Convert(converter = Encrypted.class)
    public String secret;

    public boolean active;
    public String createdBy;
    public LocalDateTime createdAt;

    public boolean wants(OutboxEvent event) {
        return active
                && (eventTypes.equals("*") || list(eventTypes).contains(event.eventType))
                && (districts.isEmpty() || list(districts).contains(event.district));
    }

    static List<String> list(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
