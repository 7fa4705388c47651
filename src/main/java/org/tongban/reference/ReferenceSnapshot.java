package org.tongban.reference;

import java.util.function.Function;
import org.hibernate.Session;

/**
 * One kind of reference data as an immutable value in memory, rebuilt after a change. Reads cost a
 * volatile read; the first read after an invalidation rebuilds it in a persistence context of its
 * own (the reader's may hold older copies of the same rows), within the reader's transaction when
 * there is one, reading the version row first: a reader whose transaction sees an older state
 * builds that state under that older version, and the next check of the versions invalidates it.
 *
 * <p>A transaction that has itself changed the kind is never served the snapshot, nor does it
 * store what it reads: it sees its own uncommitted rows, built afresh.
 */
public final class ReferenceSnapshot<T> {

    record Loaded<T>(long version, long generation, T value) {}

    private final ReferenceKind kind;
    private final ReferenceVersions versions;
    private final Function<Session, T> loader;
    private volatile Loaded<T> loaded;
    private volatile long generation;

    ReferenceSnapshot(ReferenceKind kind, ReferenceVersions versions, Function<Session, T> loader) {
        this.kind = kind;
        this.versions = versions;
        this.loader = loader;
    }

    public T get() {
        if (versions.changedInThisTransaction(kind)) {
            return versions.readOwnChanges(loader);
        }
        Loaded<T> current = loaded;
        if (current != null && current.generation() == generation) {
            return current.value();
        }
        synchronized (this) {
            current = loaded;
            long wanted = generation;
            if (current != null && current.generation() == wanted) {
                return current.value();
            }
            Loaded<T> fresh = versions.load(kind, wanted, loader);
            loaded = fresh;
            return fresh.value();
        }
    }

    ReferenceKind kind() {
        return kind;
    }

    /** Invalidates the snapshot when it was built from another version than the committed one. */
    void check(long committed) {
        Loaded<T> current = loaded;
        if (current != null && current.version() != committed) {
            invalidate();
        }
    }

    synchronized void invalidate() {
        generation++;
    }
}
