package org.tongban.cases.notices;

import java.util.ArrayList;
import java.util.List;

/**
 * The written notice an action owes the applicant, declared by the action and issued by {@link
 * NoticeService} in the action's transaction. Its body is a list of labelled entries: each label
 * is a key of the {@code notices} bundle ({@code label.<name>}), each value is as written on the
 * notice (dates ISO, free text as the window wrote it).
 *
 * @param legalBasis what the notice rests on; null for the kind's default in the bundle
 */
public record NoticeDue(NoticeKind kind, String legalBasis, List<Entry> entries) {

    public NoticeDue {
        entries = List.copyOf(entries);
    }

    /** One labelled part of the notice: a single value, or a list (materials, reasons, deficiencies). */
    public record Entry(String label, List<String> values) {

        public Entry {
            values = List.copyOf(values);
        }
    }

    public static Builder of(NoticeKind kind) {
        return new Builder(kind);
    }

    /** Entries in the order they are printed; empty and null values are left out. */
    public static final class Builder {

        private final NoticeKind kind;
        private final List<Entry> entries = new ArrayList<>();
        private String legalBasis;

        private Builder(NoticeKind kind) {
            this.kind = kind;
        }

        public Builder basis(String legalBasis) {
            this.legalBasis = legalBasis;
            return this;
        }

        public Builder entry(String label, Object value) {
            if (value != null) {
                entries.add(new Entry(label, List.of(value.toString())));
            }
            return this;
        }

        public Builder list(String label, List<String> values) {
            if (values != null && !values.isEmpty()) {
                entries.add(new Entry(label, values));
            }
            return this;
        }

        public NoticeDue build() {
            return new NoticeDue(kind, legalBasis, entries);
        }
    }
}
