package org.tongban.reference;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Keeps the in-memory reference data consistent with the database, on every instance.
 *
 * <ul>
 *   <li>Every admin change calls {@link #changed}, which bumps the kind's row of
 *       {@code reference_version} in the change's own transaction: committed together or not at
 *       all.
 *   <li>This instance invalidates its snapshot when such a transaction commits, so its next read
 *       sees the change (read-your-writes for the administrator).
 *   <li>Every instance reads the version rows once a second ({@code tongban.reference.check-every})
 *       and invalidates the snapshots whose version moved: a change made through another instance
 *       is seen within about a second. Once a second rather than on every request: a check per
 *       request would add an SQL statement to every submission and make a 304 touch the database,
 *       for a freshness no reader needs (an administrator's own instance sees the change at once).
 * </ul>
 */
@ApplicationScoped
public class ReferenceVersions {

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SessionFactory sessions;

    private final List<ReferenceSnapshot<?>> snapshots = new CopyOnWriteArrayList<>();

    /** A snapshot of one kind, built by {@code loader} (read-only queries, no managed entities kept). */
    public <T> ReferenceSnapshot<T> snapshot(ReferenceKind kind, Function<Session, T> loader) {
        var snapshot = new ReferenceSnapshot<>(kind, this, loader);
        snapshots.add(snapshot);
        return snapshot;
    }

    /** Records a change of reference data in the caller's transaction; other instances see it within a second. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(ReferenceKind kind) {
        Set<ReferenceKind> changed = changedHere();
        if (changed == null) {
            changed = EnumSet.noneOf(ReferenceKind.class);
            transactions.putResource(ReferenceVersions.class, changed);
            Set<ReferenceKind> committed = changed;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        snapshots.stream()
                                .filter(s -> committed.contains(s.kind()))
                                .forEach(ReferenceSnapshot::invalidate);
                    }
                }
            });
        }
        if (changed.add(kind)) {
            em.createNativeQuery("UPDATE reference_version SET version = version + 1 WHERE name = ?1")
                    .setParameter(1, kind.row())
                    .executeUpdate();
        }
    }

    /** Reads every version row (one small indexed table) and invalidates what moved. */
    @Scheduled(every = "${tongban.reference.check-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void check() {
        List<Object[]> rows = em.createNativeQuery("SELECT name, version FROM reference_version", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            long version = ((Number) row[1]).longValue();
            snapshots.stream().filter(s -> s.kind().row().equals(row[0])).forEach(s -> s.check(version));
        }
    }

    /** Reads the version, then the data, in a fresh read-only persistence context closed at once. */
    <T> ReferenceSnapshot.Loaded<T> load(ReferenceKind kind, long generation, Function<Session, T> loader) {
        try (Session session = sessions.openSession()) {
            session.setDefaultReadOnly(true);
            long version = ((Number) session.createNativeQuery(
                                    "SELECT version FROM reference_version WHERE name = ?1", Object.class)
                            .setParameter(1, kind.row())
                            .getSingleResult())
                    .longValue();
            return new ReferenceSnapshot.Loaded<>(version, generation, loader.apply(session));
        }
    }

    /** For a transaction that changed the kind itself: its own rows, flushed, never kept. */
    <T> T readOwnChanges(Function<Session, T> loader) {
        Session session = em.unwrap(Session.class);
        session.flush();
        return loader.apply(session);
    }

    boolean changedInThisTransaction(ReferenceKind kind) {
        Set<ReferenceKind> changed = changedHere();
        return changed != null && changed.contains(kind);
    }

    @SuppressWarnings("unchecked")
    private Set<ReferenceKind> changedHere() {
        return transactions.getTransactionKey() == null
                ? null
                : (Set<ReferenceKind>) transactions.getResource(ReferenceVersions.class);
    }
}
