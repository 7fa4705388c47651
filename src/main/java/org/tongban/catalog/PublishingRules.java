package org.tongban.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tongban.common.FieldError;
import org.tongban.privacy.PersonalFields;

/**
 * Everything a version must satisfy to be published, listed all at once so an administrator sees
 * every reason together: structure, form schema, rules that compile, the audit consistency rules,
 * the example application, and validity against the item's other versions. Pure and thread-safe.
 */
public final class PublishingRules {

    private final FormSchema schemas;
    private final AcceptanceRules rules;
    private final ApplicationCheck applications;

    public PublishingRules(FormSchema schemas, AcceptanceRules rules) {
        this.schemas = schemas;
        this.rules = rules;
        this.applications = new ApplicationCheck(schemas, rules);
    }

    /**
     * What makes even a draft unusable: missing fields, unknown codes, a form schema that is not one,
     * rules that do not compile. Fields are relative to the version ({@code form.properties.x}).
     */
    public List<FieldError> draftProblems(ItemStandard version) {
        List<FieldError> problems = new ArrayList<>(StructuralRules.ofVersion(version));
        if (version.form() != null) {
            schemas.schemaProblems(version.form()).forEach(p -> problems.add(p.under("form")));
            PersonalFields.problems(version.form()).forEach(p -> problems.add(p.under("form")));
        }
        if (version.conditions() != null) {
            compiles("conditions", "rule", version.conditions(), Condition::rule, problems);
        }
        if (version.materials() != null) {
            compiles("materials", "appliesWhen", version.materials(), Material::appliesWhen, problems);
        }
        if (version.instantApproval() != null && version.instantApproval().rules() != null) {
            compiles("instantApproval.rules", "rule", version.instantApproval().rules(), Condition::rule, problems);
        }
        return problems;
    }

    /**
     * Every reason the version may not be published, given the item's other versions. The example
     * application is checked once the draft itself is sound: against a broken schema or rule its
     * failures would only repeat those problems.
     */
    public List<FieldError> publishingProblems(ItemStandard version, List<ItemStandard> otherVersions) {
        List<FieldError> problems = new ArrayList<>(draftProblems(version));
        boolean sound = problems.isEmpty();
        problems.addAll(ConsistencyRules.of(version));
        if (sound) {
            problems.addAll(exampleProblems(version));
        }
        problems.addAll(againstOthers(version, otherVersions));
        return problems;
    }

    /**
     * Every reason the versions of an item as written (a seed file) may not be published, each
     * against the others, on paths such as {@code versions[0].promisedLimit}.
     */
    public List<FieldError> itemProblems(ServiceItemDefinition item) {
        List<FieldError> problems = new ArrayList<>();
        List<ItemStandard> versions = item.versions() == null ? List.of() : item.versions();
        for (int i = 0; i < versions.size(); i++) {
            ItemStandard version = versions.get(i);
            if (version == null) {
                problems.add(new FieldError("versions[" + i + "]", "required", "catalog.empty-version"));
                continue;
            }
            List<ItemStandard> others = versions.stream()
                    .filter(other -> other != version && other != null)
                    .toList();
            String path = "versions[" + i + "]";
            publishingProblems(version, others).forEach(p -> problems.add(p.under(path)));
        }
        return problems;
    }

    /**
     * The example must satisfy the version, and every rule must be decidable on it: a case or an
     * instant-approval rule that errors there (a field it reads is absent, int arithmetic on a
     * number) would error for real applicants too.
     */
    private List<FieldError> exampleProblems(ItemStandard version) {
        var example = version.example();
        List<FieldError> problems = new ArrayList<>();
        applications.check(version, example.form(), example.applicant(), example.materials()).problems().stream()
                .map(p -> p.under("example"))
                .forEach(problems::add);
        var inputs = new RuleInputs(example.form(), version.parameters(), example.applicant());
        for (int i = 0; i < version.materials().size(); i++) {
            undecidable(
                    "materials[" + i + "].appliesWhen",
                    rules.appliesWhen(version.materials().get(i), inputs),
                    problems);
        }
        if (version.instantApproval() != null) {
            List<Condition> instant = version.instantApproval().rules();
            for (int i = 0; i < instant.size(); i++) {
                undecidable(
                        "instantApproval.rules[" + i + "].rule",
                        rules.evaluate(instant.get(i).rule(), inputs),
                        problems);
            }
        }
        return problems;
    }

    private static void undecidable(String field, RuleOutcome outcome, List<FieldError> problems) {
        if (outcome.isError()) {
            problems.add(new FieldError(field, RuleFailure.ERROR, "catalog.undecidable-on-example", outcome.error()));
        }
    }

    /** Versions of one item never share a number or a day in force. */
    private static List<FieldError> againstOthers(ItemStandard version, List<ItemStandard> others) {
        List<FieldError> problems = new ArrayList<>();
        for (ItemStandard other : others) {
            if (version.version() != null && version.version().equals(other.version())) {
                problems.add(
                        new FieldError("version", "duplicate-version", "catalog.duplicate-version", other.version()));
            }
            if (version.validFrom() != null && other.validFrom() != null && version.overlaps(other)) {
                problems.add(new FieldError(
                        "validFrom",
                        "overlapping-validity",
                        other.validTo() == null ? "catalog.overlapping-open-ended" : "catalog.overlapping",
                        other.version(),
                        other.validFrom(),
                        other.validTo()));
            }
        }
        return problems;
    }

    /** Every rule of a list that does not compile, e.g. on {@code materials[2].appliesWhen}. */
    private <T> void compiles(
            String list, String property, List<T> elements, Function<T, String> rule, List<FieldError> problems) {
        for (int i = 0; i < elements.size(); i++) {
            String text = elements.get(i) == null ? null : rule.apply(elements.get(i));
            if (text != null) {
                String field = list + "[" + i + "]." + property;
                rules.compileError(text)
                        .ifPresent(error ->
                                problems.add(new FieldError(field, "invalid-rule", "catalog.invalid-rule", error)));
            }
        }
    }
}
