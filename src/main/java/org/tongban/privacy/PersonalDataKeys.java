package org.tongban.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Builds the cipher and the lookup hash once from configuration: a missing or weak key stops the
 * service at startup. Entities reach them through {@link #cipher()} and {@link #lookup()}, since
 * JPA creates attribute converters and runs entity callbacks outside CDI.
 */
@Singleton
public class PersonalDataKeys {

    @Produces
    @Singleton
    FieldCipher cipher(PersonalDataConfig config) {
        return FieldCipher.of(config);
    }

    @Produces
    @Singleton
    LookupHash lookupHash(PersonalDataConfig config) {
        return new LookupHash(config.lookupKey());
    }

    void checkAtStartup(@Observes StartupEvent started, FieldCipher cipher, LookupHash lookup) {
        // Building both is the check; nothing else to do.
    }

    public static FieldCipher cipher() {
        return Arc.container().instance(FieldCipher.class).get();
    }

    public static LookupHash lookup() {
        return Arc.container().instance(LookupHash.class).get();
    }
}
