package org.tongban.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tunables of load-aware routing; see {@link Router}. */
@ConfigMapping(prefix = "tongban.routing")
public interface RoutingConfig {

    /** Open cases of an item above which the nearest point may overflow to another. */
    @WithDefault("50")
    long overflowThreshold();

    /** How much further (km) than the nearest point an overflow target may be. */
    @WithDefault("15")
    double overflowExtraKm();

    /** "Clearly less": the other point's backlog at most this share of the nearest one's. */
    @WithDefault("0.6")
    double overflowBacklogRatio();

    /** Points whose distances differ by less than this (km) are equally near. */
    @WithDefault("0.5")
    double tieToleranceKm();
}
