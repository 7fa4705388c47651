package org.tongban.rating;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tongban.identity.DataScope;

/** The rectification a bad review opens at the unit that handled the case (谁办理、谁负责). */
@Entity
@Table(name = "rectification")
public class Rectification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long ratingId;
    public String applicationNumber;
    public String handlingPoint;
    public String handlingDistrict;
    public String department;
    /** The area whose body held the case: the department's reviewers there work the rectification. */
    public String holderDistrict;

    @Enumerated(EnumType.STRING)
    public RectificationStatus status;

    public LocalDate openedOn;
    /** Reply due by this day (working days after the rating, per city configuration). */
    public LocalDate deadline;

    public String callbackNote;
    public String rectificationNote;
    public String reply;
    public LocalDate repliedOn;
    public String appealReason;
    public String appealDecision;
    /** The citizen's rating of the rectification (1–5). */
    public Integer applicantLevel;

    @Version
    public int rowVersion;

    /** The handling side of the case it is about: what the caller's {@link DataScope} decides on. */
    DataScope.Facts scopeFacts() {
        return new DataScope.Facts(handlingPoint, null, handlingDistrict, department, holderDistrict, null, null, null);
    }
}
