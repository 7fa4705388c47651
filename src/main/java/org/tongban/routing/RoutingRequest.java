package org.tongban.routing;

import java.time.LocalDate;
import java.util.Set;
import org.tongban.catalog.ItemScope;
import org.tongban.catalog.PointType;
import org.tongban.network.GeoPoint;

/**
 * What routing needs to know about one application.
 *
 * @param day the day it is received: the delegation register is read as it stands on that day
 * @param applicantLocation where the applicant is, when given
 * @param competentDistrict the district the item's standard makes competent (from the declared
 *     residence, the project's site or the receiving point); null when it is not known
 * @param competentDistrictCentroid that district's centroid: the last resort for measuring "nearby"
 * @param preferredPoint a point the applicant asked for, honoured when it is eligible
 * @param receivingPoint the window, kiosk or outlet where the application was received, if any
 */
public record RoutingRequest(
        Item item,
        LocalDate day,
        GeoPoint applicantLocation,
        String competentDistrict,
        GeoPoint competentDistrictCentroid,
        String preferredPoint,
        String receivingPoint) {

    /** The item's routing-relevant part of its standard. */
    public record Item(String code, String category, ItemScope scope, Set<PointType> handlingPointTypes) {}
}
