package org.tongban.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A division (350200 the city, 350203 Siming …) or another receiver of delegated powers. */
@Entity
@Table(name = "district")
public class District extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public DistrictKind kind;

    public String nameZh;
    public String nameEn;
    /** On Xiamen island (Siming, Huli) or the mainland; null for receivers that are not places. */
    public Boolean island;

    public BigDecimal centroidLat;
    public BigDecimal centroidLon;
    public boolean centroidApproximate = true;
}
