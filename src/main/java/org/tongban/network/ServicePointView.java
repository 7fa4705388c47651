package org.tongban.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tongban.catalog.PointType;
import org.tongban.common.LocalizedText;

/**
 * A service point with its windows; {@code distanceKm} when the request gave a position.
 * Positions are approximate in the seeds (see {@code location.approximate}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServicePointView(
        String code,
        LocalizedText name,
        PointType type,
        String district,
        LocalizedText address,
        GeoPoint location,
        Double distanceKm,
        List<OpeningHours> openingHours,
        List<WindowView> windows) {

    /** The same point, seen from {@code distanceKm} away. */
    public ServicePointView at(double distanceKm) {
        return new ServicePointView(
                code,
                name,
                type,
                district,
                address,
                location,
                Math.round(distanceKm * 100) / 100.0,
                openingHours,
                windows);
    }

    public static ServicePointView of(ServicePoint p, Double distanceKm) {
        return new ServicePointView(
                p.code,
                new LocalizedText(p.nameZh, p.nameEn),
                p.pointType,
                p.districtCode,
                p.addressZh == null ? null : new LocalizedText(p.addressZh, p.addressEn),
                p.location(),
                distanceKm == null ? null : Math.round(distanceKm * 100) / 100.0,
                p.openingHours,
                WindowView.of(p.windows));
    }
}
