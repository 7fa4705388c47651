package org.tongban.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tongban.privacy.Encrypted;

/** One event to one recipient: a webhook subscription, or the applicant's phone (SMS). */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    public enum Channel {
        WEBHOOK,
        SMS
    }

    public enum Status {
        PENDING,
        DELIVERED,
        /** Given up after the configured number of attempts; redelivered only on demand. */
        DEAD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long outboxEventId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public Long subscriptionId;
    /** SMS only: the contact phone. */
    @Convert(converter = Encrypted.class)
    public String recipient;
    /** SMS only: the text. */
    public String message;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;
    public LocalDateTime nextAttemptAt;
    public Integer lastStatus;
    public String lastError;
    public LocalDateTime deliveredAt;
}
