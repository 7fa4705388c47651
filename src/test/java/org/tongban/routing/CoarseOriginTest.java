package org.tongban.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.network.GeoPoint;

class CoarseOriginTest {

    private static RoutingDecision from(RoutingDecision.Origin origin) {
        return new RoutingDecision(
                "haicang-centre",
                "w1",
                "350205",
                null,
                false,
                RoutingRule.NEAREST,
                null,
                null,
                "350205",
                null,
                origin,
                List.of(new RoutingDecision.Candidate("haicang-centre", "350205", 1.2734, 3L, 1L, null)),
                "haicang-centre is the nearest eligible point (1.27 km); under delegation 1");
    }

    @Test
    void theApplicantsPositionIsRoundedToAboutAKilometreAndDistancesToWholeKilometres() {
        var coarse = from(new RoutingDecision.Origin(
                        new GeoPoint(24.485671, 118.033219, false), RoutingDecision.Origin.APPLICANT_POSITION))
                .withCoarseOrigin();
        assertThat(coarse.origin().location()).isEqualTo(new GeoPoint(24.49, 118.03, true));
        assertThat(coarse.candidates().get(0).distanceKm()).isEqualTo(1.0);
        assertThat(coarse.explanation())
                .isEqualTo("haicang-centre is the nearest eligible point (1 km); under delegation 1");
    }

    @Test
    void aServicePointsPositionIsPublicAndStays() {
        var decision = from(new RoutingDecision.Origin(
                new GeoPoint(24.485671, 118.033219, true), "the receiving point haicang-centre"));
        assertThat(decision.withCoarseOrigin()).isSameAs(decision);
    }
}
