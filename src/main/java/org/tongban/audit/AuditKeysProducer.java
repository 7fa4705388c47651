package org.tongban.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the audit keys once from configuration, at startup: a missing or weak key stops the service. */
@Singleton
public class AuditKeysProducer {

    @Produces
    @Singleton
    AuditKeys keys(AuditConfig config) {
        return AuditKeys.of(config);
    }

    void checkAtStartup(@Observes StartupEvent started, AuditKeys keys) {
        // Building the keys is the check; nothing else to do.
    }
}
