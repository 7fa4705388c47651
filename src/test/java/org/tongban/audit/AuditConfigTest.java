package org.tongban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The service's own configuration file: demo keys for dev and tests, none for production. */
class AuditConfigTest {

    @Test
    void productionHasNoKeyAndSoDoesNotStart() {
        assertThatThrownBy(() -> config("prod")).hasMessageContaining("tongban.audit.key-id");
    }

    @Test
    void devAndTestCarryDemoKeysThatAreLongEnough() throws IOException {
        for (String profile : new String[] {"dev", "test"}) {
            AuditConfig audit = config(profile).getConfigMapping(AuditConfig.class);
            assertThat(AuditKeys.of(audit).current()).hasSizeGreaterThanOrEqualTo(AuditKeys.MIN_KEY_LENGTH);
        }
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(
                        new PropertiesConfigSource(AuditConfigTest.class.getResource("/application.properties"), 250))
                .withMapping(AuditConfig.class)
                .build();
    }
}
