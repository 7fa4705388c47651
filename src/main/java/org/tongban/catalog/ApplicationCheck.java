package org.tongban.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tongban.common.FieldError;

/**
 * Checks an application against an item version, all at once (一次性告知): the form against its
 * schema, every acceptance condition, and the materials against the materials list. The same check
 * proves a version's example application before it is published.
 */
@ApplicationScoped
public class ApplicationCheck {

    /** PAPER (an original seen at the window), E-LICENCE:&lt;number&gt; or FILE:&lt;uploaded file id&gt;. */
    private static final Pattern REFERENCE =
            Pattern.compile("PAPER|E-LICENCE:[A-Za-z0-9-]{1,80}|FILE:[A-Za-z0-9-]{1,80}");

    @Inject
    FormSchemas schemas;

    @Inject
    CelRules rules;

    public ApplicationCheck() {}

    /** For unit tests, without a container. */
    public ApplicationCheck(FormSchemas schemas, CelRules rules) {
        this.schemas = schemas;
        this.rules = rules;
    }

    /** The problems (empty when the application may be received) and the materials owed later. */
    public record Result(List<FieldError> problems, List<String> owedMaterials) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    public Result check(ItemStandard standard, JsonNode form, ApplicantFacts applicant, List<OfferedMaterial> offered) {
        List<FieldError> problems = new ArrayList<>(schemas.valueProblems(standard.form(), form, "form"));
        var inputs = new CelRules.Inputs(form, standard.parameters(), applicant);
        for (Condition condition : standard.conditions()) {
            if (condition.rule() != null && !rules.holds(condition.rule(), inputs)) {
                String field = condition.field() == null ? "form" : "form." + condition.field();
                problems.add(new FieldError(
                        field,
                        "condition-not-met",
                        condition.text().zh() + " / " + condition.text().en()));
            }
        }
        List<String> owed = new ArrayList<>();
        problems.addAll(materialProblems(standard, inputs, offered, owed));
        return new Result(problems, owed);
    }

    /** Instant approval (秒批): which rules approved it, or empty when any rule does not hold. */
    public List<String> instantApprovalRules(ItemStandard standard, JsonNode form, ApplicantFacts applicant) {
        var instant = standard.instant();
        if (instant.isEmpty()) {
            return List.of();
        }
        var inputs = new CelRules.Inputs(form, standard.parameters(), applicant);
        boolean allHold = instant.get().rules().stream().allMatch(rule -> rules.holds(rule.rule(), inputs));
        return allHold ? instant.get().rules().stream().map(Condition::rule).toList() : List.of();
    }

    private List<FieldError> materialProblems(
            ItemStandard standard, CelRules.Inputs inputs, List<OfferedMaterial> offered, List<String> owed) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, Material> listed =
                standard.materials().stream().collect(Collectors.toMap(Material::code, Function.identity()));
        Set<String> given = new HashSet<>();
        for (int i = 0; i < offered.size(); i++) {
            OfferedMaterial material = offered.get(i);
            String field = "materials[" + i + "]";
            Material expected = listed.get(material.code());
            if (expected == null) {
                problems.add(new FieldError(
                        field + ".code",
                        "unknown-material",
                        material.code() + " is not on this item's materials list"));
            } else if (!given.add(material.code())) {
                problems.add(
                        new FieldError(field + ".code", "duplicate-material", material.code() + " is offered twice"));
            } else if (!REFERENCE.matcher(material.reference()).matches()) {
                problems.add(new FieldError(
                        field + ".reference", "invalid-reference", "use PAPER, E-LICENCE:<number> or FILE:<id>"));
            } else if (expected.medium() == Medium.ELECTRONIC
                    && material.reference().equals("PAPER")) {
                problems.add(new FieldError(
                        field + ".reference",
                        "electronic-only",
                        expected.name().en() + " is accepted in electronic form only"));
            }
        }
        for (Material material : standard.materials()) {
            boolean applies = material.appliesWhen() == null || rules.holds(material.appliesWhen(), inputs);
            if (!applies || given.contains(material.code())) {
                continue;
            }
            if (material.necessity() == Necessity.REQUIRED) {
                problems.add(new FieldError(
                        "materials",
                        "missing-material",
                        material.code() + ": " + material.name().zh() + " / "
                                + material.name().en()));
            } else if (material.necessity() == Necessity.SUPPLY_LATER) {
                owed.add(material.code());
            }
        }
        return problems;
    }
}
