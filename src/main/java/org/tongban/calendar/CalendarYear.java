package org.tongban.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A year whose official arrangement has been imported; a year without a row is unknown. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear extends PanacheEntityBase {

    @Id
    public Integer year;

    /** The State Council notices it comes from, one per line. */
    public String papers;

    public LocalDateTime importedAt;
    public String importedBy;
}
