package org.tongban.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;

/**
 * Art. 32, 一次性告知: one notice lists everything to supplement. A later notice may only ask about
 * what the applicant's last supplement brought, never about something the first notice missed.
 * Pure; shared by the supplement request and the supplement, and read by the warnings.
 */
public final class Supplements {

    /** One thing to supplement: {@code form.<field>} or {@code materials.<code>}, and what is wrong with it. */
    public record Deficiency(
            @NotBlank @Size(max = 100) String target,
            @NotBlank @Size(max = 500) String problem) {}

    /** The notices sent so far and what the applicant changed since the last one. */
    public record Record(List<Notice> notices, Set<String> changedSinceLastNotice) {

        public static Record empty() {
            return new Record(List.of(), Set.of());
        }

        /** The day of the last notice, or null before the first. */
        public LocalDate lastNoticeOn() {
            return notices.isEmpty() ? null : notices.get(notices.size() - 1).on();
        }
    }

    /** The record kept with a case. */
    public static Record of(Application a, JsonCodec json) {
        return a.supplement == null ? Record.empty() : json.read(a.supplement, Record.class);
    }

    public record Notice(LocalDate on, List<Deficiency> items) {}

    private Supplements() {}

    /** Why this notice may not be sent; empty when it may. */
    public static List<FieldError> noticeProblems(Record record, List<Deficiency> missing) {
        if (record.notices().isEmpty()) {
            return List.of();
        }
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < missing.size(); i++) {
            if (!record.changedSinceLastNotice().contains(missing.get(i).target())) {
                problems.add(new FieldError(
                        "missing[" + i + "].target",
                        "already-notified",
                        "supplement.already-notified",
                        missing.get(i).target()));
            }
        }
        return problems;
    }

    public static Record withNotice(Record record, LocalDate on, List<Deficiency> missing) {
        List<Notice> notices = new ArrayList<>(record.notices());
        notices.add(new Notice(on, List.copyOf(missing)));
        return new Record(notices, Set.of());
    }

    /** The targets ({@code form.x}, {@code materials.x}) a supplement adds or changes. */
    public static Set<String> changes(
            ObjectNode oldForm,
            ObjectNode newValues,
            List<OfferedMaterial> oldMaterials,
            List<OfferedMaterial> newMaterials) {
        Set<String> changed = new LinkedHashSet<>();
        if (newValues != null) {
            newValues.properties().forEach(field -> {
                JsonNode before = oldForm.get(field.getKey());
                if (before == null || !before.equals(field.getValue())) {
                    changed.add("form." + field.getKey());
                }
            });
        }
        Map<String, OfferedMaterial> before = oldMaterials.stream()
                .collect(Collectors.toMap(OfferedMaterial::code, Function.identity(), (a, b) -> b));
        if (newMaterials != null) {
            newMaterials.stream()
                    .filter(m -> !m.equals(before.get(m.code())))
                    .forEach(m -> changed.add("materials." + m.code()));
        }
        return changed;
    }

    /** The materials after a supplement: new ones added, resubmitted ones replaced. */
    public static List<OfferedMaterial> merge(List<OfferedMaterial> old, List<OfferedMaterial> supplied) {
        if (supplied == null) {
            return old;
        }
        Set<String> replaced = supplied.stream().map(OfferedMaterial::code).collect(Collectors.toSet());
        List<OfferedMaterial> merged = new ArrayList<>(
                old.stream().filter(m -> !replaced.contains(m.code())).toList());
        merged.addAll(supplied);
        return merged;
    }
}
