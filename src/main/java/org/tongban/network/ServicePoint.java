package org.tongban.network;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tongban.catalog.PointType;

/** A place where citizens are served: a centre, an outlet or a 24-hour kiosk. */
@Entity
@Table(name = "service_point")
public class ServicePoint extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public PointType pointType;

    public String districtCode;
    public String nameZh;
    public String nameEn;
    public String addressZh;
    public String addressEn;
    public BigDecimal lat;
    public BigDecimal lon;
    public boolean locationApproximate;

    @Convert(converter = OpeningHoursConverter.class)
    @Column(columnDefinition = "TEXT")
    public List<OpeningHours> openingHours = new ArrayList<>();

    @OneToMany(mappedBy = "servicePoint")
    @OrderBy("code")
    public List<ServiceWindow> windows = new ArrayList<>();

    @Version
    public int rowVersion;

    public GeoPoint location() {
        return new GeoPoint(lat.doubleValue(), lon.doubleValue(), locationApproximate);
    }
}
