package org.tongban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.tongban.privacy.FieldCipher;
import org.tongban.privacy.LookupHash;
import org.tongban.privacy.PersonalDataConfig;

/**
 * The service's own configuration file carries no key in any profile: production refuses to start
 * without its keys, and the demo keys live in one file, deploy/local/demo.env.
 */
class AuditConfigTest {

    @Test
    void productionHasNoKeyAndSoDoesNotStart() {
        assertThatThrownBy(() -> config("prod", AuditConfig.class)).hasMessageContaining("tongban.audit.key-id");
        assertThatThrownBy(() -> config("prod", PersonalDataConfig.class))
                .hasMessageContaining("tongban.personal-data.key-id")
                .hasMessageContaining("tongban.personal-data.lookup-key");
    }

    @Test
    void noProfileOfTheConfigurationFileCarriesAKey() throws IOException {
        for (String profile : new String[] {"dev", "test", "prod"}) {
            assertThatThrownBy(() -> config(profile, AuditConfig.class)).hasMessageContaining("tongban.audit.key");
        }
    }

    @Test
    void theDemoKeysInDemoEnvAreLongEnough() throws IOException {
        var demo = new Properties();
        try (Reader file = Files.newBufferedReader(Path.of("deploy/local/demo.env"))) {
            demo.load(file);
        }
        assertThat(AuditKeys.of(
                                demo.getProperty("TONGBAN_AUDIT_KEY_ID"),
                                demo.getProperty("TONGBAN_AUDIT_KEY"),
                                List.of())
                        .current())
                .hasSizeGreaterThanOrEqualTo(AuditKeys.MIN_KEY_LENGTH);
        var cipher = new FieldCipher(org.tongban.common.KeyRing.of(
                "personal-data",
                demo.getProperty("TONGBAN_PERSONAL_DATA_KEY_ID"),
                demo.getProperty("TONGBAN_PERSONAL_DATA_KEY"),
                List.of()));
        assertThat(cipher.decrypt(cipher.encrypt("x"))).isEqualTo("x");
        assertThat(new LookupHash(demo.getProperty("TONGBAN_PERSONAL_DATA_LOOKUP_KEY")).of("x"))
                .hasSize(64);
    }

    private static SmallRyeConfig config(String profile, Class<?> mapping) throws IOException {
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(
                        new PropertiesConfigSource(AuditConfigTest.class.getResource("/application.properties"), 250))
                .withMapping(mapping)
                .build();
    }
}
