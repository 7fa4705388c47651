package org.tongban.network;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * A WGS-84 position. {@code approximate} is true for every seeded position: exact coordinates of
 * the service centres are not in our sources. Both coordinates are required: a missing one must not
 * be read as 0 degrees, half a world away.
 */
public record GeoPoint(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
        boolean approximate) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle distance (haversine), in kilometres. */
    public double distanceKm(GeoPoint other) {
        return distanceKm(lat, lon, cosOfLatitude(lat), other.lat, other.lon, cosOfLatitude(other.lat));
    }

    /** The cosine of a latitude in degrees: what {@link #distanceKm(double, double, double, double, double, double)} takes. */
    public static double cosOfLatitude(double lat) {
        return Math.cos(Math.toRadians(lat));
    }

    /**
     * The same distance for callers that keep each position's latitude cosine: routing measures
     * from one origin to a thousand points, and the cosines are two of the formula's five
     * trigonometric calls.
     */
    public static double distanceKm(
            double lat, double lon, double cosLat, double otherLat, double otherLon, double cosOtherLat) {
        double dLat = Math.toRadians(otherLat - lat);
        double dLon = Math.toRadians(otherLon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2) + cosLat * cosOtherLat * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
