package org.tongban.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tongban.catalog.ApplicantKind;
import org.tongban.catalog.Channel;
import org.tongban.identity.DataScope;
import org.tongban.privacy.Encrypted;
import org.tongban.privacy.PersonalDataKeys;

/**
 * An application (办件). It is handled under the item version pinned when it was received, at the
 * handling point routing chose; where it was received is kept beside it (收受分离). JSON columns
 * hold what is only ever read whole (form, materials, routing decision, decision record).
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String number;
    public String itemCode;
    public Long itemVersionId;
    public int itemVersionNo;
    public String department;

    @Enumerated(EnumType.STRING)
    public ApplicationState state;

    /** Copy of {@code state.undecided()}, indexed for backlog counts. */
    public boolean isOpen;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** A person, or an organisation acting through an agent. */
    @Enumerated(EnumType.STRING)
    public ApplicantKind applicantKind;

    @Convert(converter = Encrypted.class)
    public String applicantName;
    /**
     * A person's resident ID number (null for an organisation). Personal data: shown in full only to
     * the applicant and their agent, masked to everyone else, never logged.
     */
    @Convert(converter = Encrypted.class)
    public String applicantIdNumber;

    /**
     * Keyed hashes ({@link org.tongban.privacy.LookupHash}) of the two ID numbers, which are stored
     * encrypted: a citizen's own applications are found by these. Kept by {@link #hashLookups}.
     */
    public String applicantIdHash;

    public String agentIdHash;

    /** An organisation's unified social credit code (null for a person); public, never masked. */
    public String applicantCreditCode;

    /** The person acting for the applicant (代理人 / 经办人), when one does. */
    @Convert(converter = Encrypted.class)
    public String agentName;

    /** Personal data: shown in full only to the agent, masked to everyone else, never logged. */
    @Convert(converter = Encrypted.class)
    public String agentIdNumber;

    /** The registered residence the applicant declared, when they did. */
    public String applicantDistrict;

    /** The e-licence the declared residence can be checked against, when one was given. */
    public String residenceLicence;

    /** The district the item's standard made competent (residence, site or receiving point), when known. */
    public String competentDistrict;

    @Convert(converter = Encrypted.class)
    public String contactPhone;
    /**
     * Whether text messages may go to {@link #contactPhone}: only when it is the phone the
     * applicant's own account holds (the citizen's token said so at submission). Otherwise no SMS,
     * so nobody can have messages sent to a number that is not theirs.
     */
    public boolean smsPhoneConfirmed;

    /** The applicant's language, {@code zh-CN} or {@code en} ({@link org.tongban.common.Messages#tag}): SMS and notices follow it. */
    public String language = "zh-CN";

    @Convert(converter = Encrypted.class)
    public String form;

    @Convert(converter = Encrypted.class)
    public String materials;

    public String owedMaterials;

    /** The e-licences among the materials ({@link UsedLicence}, JSON); null for cases received before they were kept. */
    @Convert(converter = Encrypted.class)
    public String licences;

    public String receivingPoint;
    public String receivingWindow;
    public String handlingPoint;
    public String handlingWindow;
    public String handlingDistrict;

    /**
     * The delegation register entry the case was routed under, kept for its life: when the register
     * changes, open cases stay with the holder they were routed to.
     */
    public Long delegationId;

    /** The area (district, zone, or 350200 for the city) whose body holds the item for this case: its reviewers decide it. */
    public String holderDistrict;

    @Convert(converter = Encrypted.class)
    public String routing;

    public String submittedBy;
    public String submittedRole;
    public String actingClient;
    public String bundleReference;

    public LocalDateTime submittedAt;
    /** The local day it was received: Art. 32's five days and a deemed acceptance date from it. */
    public LocalDate receivedOn;

    public LocalDate acceptedOn;
    public LocalDateTime decidedAt;
    public LocalDateTime completedAt;

    public String currentStep;
    public LocalDate stepStartedOn;
    public LocalDate stepDue;
    public LocalDate promisedDue;
    public LocalDate statutoryDue;

    @Enumerated(EnumType.STRING)
    public ApplicationState pausedState;

    public LocalDate pausedSince;
    public int pausedWorkingDays;
    public int extensionDays;
    public int supplementRequests;

    @Enumerated(EnumType.STRING)
    public Warning warning = Warning.GREEN;

    @Convert(converter = Encrypted.class)
    public String decision;

    /** Art. 32's receipt day: the day received, or the day the last supplement arrived. */
    public LocalDate materialsReceivedOn;

    /** clerk or reviewer: who acts at the current flow step. */
    public String currentStepRole;

    /** Who must act next (clerk, reviewer) and by when: what the work queues sort on. */
    public String queueRole;

    public LocalDate queueDue;
    public int overranSteps;
    /** Supplement notices and what each supplement changed (一次性告知), as JSON. */
    public String supplement;

    public Integer pausedExpectedDays;

    /** The clock that gives the case its colour, and when it runs out (电子监察 lists show both). */
    @Enumerated(EnumType.STRING)
    public Deadline.Kind warningClock;

    public LocalDate warningDue;

    /** How many notices the case has been issued: the last one's sequence number within the case. */
    public int noticesIssued;

    @Version
    public int rowVersion;

    /**
     * The sequence number of the case's next notice. Taken with the case's row (locked by every
     * action), it needs no query and no statement of its own: it rides on the case's insert or update.
     */
    public int nextNoticeSeq() {
        return ++noticesIssued;
    }

    public void moveTo(ApplicationState next) {
        state = next;
        isOpen = next.undecided();
    }

    /** What the caller's {@link org.tongban.identity.DataScope} decides on. */
    public DataScope.Facts scopeFacts() {
        return new DataScope.Facts(
                handlingPoint,
                receivingPoint,
                handlingDistrict,
                department,
                holderDistrict,
                actingClient,
                applicantIdNumber,
                agentIdNumber);
    }

    public static java.util.Optional<Application> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    @PrePersist
    @PreUpdate
    void hashLookups() {
        applicantIdHash = PersonalDataKeys.lookup().of(applicantIdNumber);
        agentIdHash = PersonalDataKeys.lookup().of(agentIdNumber);
    }
}
