package org.tongban.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tongban.audit.Actor;
import org.tongban.calendar.Calendars;
import org.tongban.calendar.HolidayArrangement;
import org.tongban.catalog.CatalogAdmin;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.ServiceItemDefinition;
import org.tongban.common.Change;
import org.tongban.delegation.DelegationRegister;
import org.tongban.delegation.DelegationView;
import org.tongban.network.DistrictView;
import org.tongban.network.NetworkAdmin;
import org.tongban.network.ServicePointView;

/**
 * Loads seeds/ (packaged in the jar) through the same services as the admin API. At start it runs
 * only on an empty catalogue; an administrator can re-run it. One transaction: all or nothing,
 * and a lock row so that instances starting together load the seeds once.
 */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());

    @Inject
    Calendars calendars;

    @Inject
    CatalogAdmin catalog;

    @Inject
    NetworkAdmin network;

    @Inject
    DelegationRegister delegations;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "tongban.seeds.load-on-start", defaultValue = "true")
    boolean loadOnStart;

    void onStart(@Observes StartupEvent event) {
        if (loadOnStart) {
            SeedReport report = importIfEmpty(Actor.system("seed-import"));
            if (report != null) {
                LOG.infof("Seeds loaded: %s", report);
            } else {
                LOG.info("Catalogue already present: seeds not reloaded (POST /api/v1/admin/seeds/import re-imports)");
            }
        }
    }

    @Transactional
    public SeedReport importIfEmpty(Actor actor) {
        lock();
        return ServiceItem.count() == 0 ? importAll(actor) : null;
    }

    @Transactional
    public SeedReport importAll(Actor actor) {
        lock();
        SeedManifest manifest = read("manifest.yaml", SeedManifest.class);
        Map<Change, Integer> counts = new EnumMap<>(Change.class);
        List<String> conflicts = new ArrayList<>();
        for (String file : manifest.calendars()) {
            counts.merge(calendars.importYear(actor, read(file, HolidayArrangement.class)), 1, Integer::sum);
        }
        for (String file : manifest.catalog()) {
            var outcome = catalog.importDefinition(actor, valid(read(file, ServiceItemDefinition.class)));
            outcome.changes().forEach(change -> counts.merge(change, 1, Integer::sum));
            conflicts.addAll(outcome.conflicts());
        }
        NetworkSeed networkSeed = valid(read(manifest.network(), NetworkSeed.class));
        for (DistrictView district : networkSeed.districts()) {
            counts.merge(network.saveDistrict(actor, district), 1, Integer::sum);
        }
        // Points reference districts by code only: write the districts before Hibernate orders inserts.
        em.flush();
        for (ServicePointView point : networkSeed.servicePoints()) {
            counts.merge(network.savePoint(actor, point), 1, Integer::sum);
        }
        for (DelegationView delegation : read(manifest.delegations(), DelegationView[].class)) {
            counts.merge(delegations.save(valid(delegation)), 1, Integer::sum);
        }
        return new SeedReport(
                counts.getOrDefault(Change.CREATED, 0),
                counts.getOrDefault(Change.UPDATED, 0),
                counts.getOrDefault(Change.UNCHANGED, 0),
                conflicts);
    }

    /** Serialises importers across instances: the second waits, then finds the catalogue loaded. */
    private void lock() {
        em.createNativeQuery(
                        "INSERT INTO job_lease (name, holder, expires_at) VALUES ('seed-import', NULL, '1970-01-01')"
                                + " ON DUPLICATE KEY UPDATE name = name")
                .executeUpdate();
        em.createNativeQuery("SELECT name FROM job_lease WHERE name = 'seed-import' FOR UPDATE")
                .getResultList();
    }

    private <T> T valid(T seed) {
        var violations = validator.validate(seed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return seed;
    }

    private static <T> T read(String file, Class<T> type) {
        String resource = "seeds/" + file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file " + resource + " is not packaged");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + resource, e);
        }
    }
}
