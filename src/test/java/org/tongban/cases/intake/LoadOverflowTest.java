package org.tongban.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.intake.Applications.citizen;
import static org.tongban.cases.intake.Applications.submit;
import static org.tongban.cases.intake.SubmissionLoadTest.elevator;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Load-aware overflow through the real service, with the production threshold: the rest of the suite
 * runs with overflow out of reach, because the open cases its classes leave at Haicang would
 * otherwise send later classes' applications elsewhere.
 */
@QuarkusTest
@TestProfile(LoadOverflowTest.ProductionThreshold.class)
class LoadOverflowTest {

    public static class ProductionThreshold implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tongban.routing.overflow-threshold", "50");
        }
    }

    @Test
    void aBusyNearestWindowOverflowsToOneALittleFurther() {
        String token = citizen("citizen-chen");
        for (int i = 0; i < 51; i++) {
            submit(token, elevator()).statusCode(201);
        }
        var next = submit(token, elevator()).statusCode(201).extract();
        assertThat(next.<String>path("routing.rule")).isEqualTo("LOAD_OVERFLOW");
        assertThat(next.<String>path("handled.point")).isNotEqualTo("haicang-centre");
        assertThat(next.<String>path("routing.explanation"))
                .contains("haicang-centre")
                .contains("above the threshold");
    }
}
