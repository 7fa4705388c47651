package org.tongban.rating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 好差评: the applicant's one rating of a finished case (GB/T 39046 A.8: 1 very satisfied … 5 very dissatisfied). */
@Entity
@Table(name = "rating")
public class Rating extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long applicationId;
    public String applicationNumber;
    public int level;
    public String channel;
    public String dimensions;
    public String comment;
    public LocalDate ratedOn;
    public LocalDateTime ratedAt;
    public String handlingPoint;
    public String handlingDistrict;
    public String department;
    /** Upheld on appeal as malicious: kept, but left out of satisfaction figures. */
    public boolean malicious;

    /** Levels 4 (不满意) and 5 (非常不满意) are bad reviews. */
    public boolean isBad() {
        return level >= 4;
    }
}
