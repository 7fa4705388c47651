package org.tongban.network;

import org.tongban.common.LocalizedText;

public record DistrictView(String code, DistrictKind kind, LocalizedText name, Boolean island, GeoPoint centroid) {

    static DistrictView of(District d) {
        GeoPoint centroid = d.centroidLat == null
                ? null
                : new GeoPoint(d.centroidLat.doubleValue(), d.centroidLon.doubleValue(), d.centroidApproximate);
        return new DistrictView(d.code, d.kind, new LocalizedText(d.nameZh, d.nameEn), d.island, centroid);
    }
}
