package org.tongban.routing;

import java.util.Set;
import org.tongban.catalog.ItemScope;
import org.tongban.network.GeoPoint;
import org.tongban.network.PointType;

/**
 * What routing needs to know about one application.
 *
 * @param applicantLocation where the applicant is, when given
 * @param applicantDistrict the applicant's district (from the request, else their ID number)
 * @param districtCentroid the centroid of that district, the fallback origin for distances
 * @param preferredPoint a point the applicant asked for, honoured when it is eligible
 * @param receivingPoint the window, kiosk or outlet where the application was received, if any
 */
public record RoutingRequest(
        Item item,
        GeoPoint applicantLocation,
        String applicantDistrict,
        GeoPoint districtCentroid,
        String preferredPoint,
        String receivingPoint) {

    /** The item's routing-relevant part of its standard. */
    public record Item(String code, String category, ItemScope scope, Set<PointType> handlingPointTypes) {}
}
