package org.tongban.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One entry of a case's history: a transition, or a change of warning colour. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long applicationId;
    /** The name of the action (see {@code cases.actions.Action}), or WARNING for a change of colour. */
    public String action;

    @Enumerated(EnumType.STRING)
    public ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    public ApplicationState toState;

    public String actor;
    public String actingClient;
    public String actorRole;
    public LocalDateTime occurredAt;
    public String comment;
    /** The action's fields as JSON (reasons, legal basis, tracking number …). */
    public String details;
}
