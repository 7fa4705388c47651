package org.tongban.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stored version of an item's standard. The standard itself is one JSON document; the columns
 * beside it are copies of what lists, filters and reports query, written in {@link #setStandard}.
 */
@Entity
@Table(name = "item_version")
public class ItemVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String itemCode;
    public int versionNo;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    public LocalDate validFrom;
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    public HandlingType handlingType;

    public int statutoryDays;

    @Enumerated(EnumType.STRING)
    public LimitUnit statutoryUnit;

    public int promisedDays;

    @Enumerated(EnumType.STRING)
    public LimitUnit promisedUnit;

    public int maxVisits;

    @Enumerated(EnumType.STRING)
    public OnlineLevel onlineLevel;

    @Column(name = "item_scope")
    @Enumerated(EnumType.STRING)
    public ItemScope scope;

    /** ",MOBILE,WEB,WINDOW," — delimited so a LIKE '%,WEB,%' filter cannot match a prefix. */
    public String channels;

    public boolean instantApproval;
    public boolean feeCharged;

    @Convert(converter = ItemStandardConverter.class)
    @Column(columnDefinition = "LONGTEXT")
    private ItemStandard standard;

    public LocalDateTime createdAt;
    public String createdBy;
    public LocalDateTime publishedAt;
    public String publishedBy;

    @Version
    public int rowVersion;

    public ItemStandard standard() {
        return standard;
    }

    public void setStandard(ItemStandard value) {
        standard = value.withVersion(versionNo);
        validFrom = value.validFrom();
        validTo = value.validTo();
        handlingType = value.handlingType();
        statutoryDays = value.statutoryLimit().value();
        statutoryUnit = value.statutoryLimit().unit();
        promisedDays = value.promisedLimit().value();
        promisedUnit = value.promisedLimit().unit();
        maxVisits = value.maxVisits();
        onlineLevel = value.onlineDepth().level();
        scope = value.scope();
        channels = value.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",", ",", ","));
        instantApproval = value.instantApproval() != null;
        feeCharged = value.fee().charged();
    }

    public static Optional<ItemVersion> inForce(String itemCode, LocalDate day) {
        return find(
                        "itemCode = ?1 AND status = ?2 AND validFrom <= ?3 AND (validTo IS NULL OR validTo >= ?3)",
                        itemCode,
                        VersionStatus.PUBLISHED,
                        day)
                .firstResultOptional();
    }
}
