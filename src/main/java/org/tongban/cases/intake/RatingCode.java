package org.tongban.cases.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The hash of the one-time rating code printed on a window's or an outlet's receipt. */
@Entity
@Table(name = "rating_code")
public class RatingCode extends PanacheEntityBase {

    @Id
    public Long applicationId;

    /** SHA-256 of the code as printed, without separators; the code itself is never stored. */
    public String codeHash;

    public LocalDateTime issuedAt;
    /** When a rating spent it; a spent code rates nothing again. */
    public LocalDateTime usedAt;
}
