package org.tongban.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tongban.common.FieldError;
import org.tongban.licences.LicenceReference;

/**
 * Checks an application against an item version, all at once (一次性告知): the form against its
 * schema, every acceptance condition, and the materials against the materials list. The same check
 * proves a version's example application before it is published. The version must be free of
 * {@link PublishingRules#draftProblems draft problems}, as every published version is.
 */
public final class ApplicationCheck {

    /** PAPER (an original seen at the window), E-LICENCE:&lt;type&gt;:&lt;number&gt; or FILE:&lt;uploaded file id&gt;. */
    private static final Pattern REFERENCE =
            Pattern.compile("PAPER|" + LicenceReference.PATTERN + "|FILE:[A-Za-z0-9-]{1,80}");

    private final FormSchema schemas;
    private final AcceptanceRules rules;

    public ApplicationCheck(FormSchema schemas, AcceptanceRules rules) {
        this.schemas = schemas;
        this.rules = rules;
    }

    /**
     * The problems (empty when the application may be received), with fields as the application
     * names them ({@code form.monthlyRent}, {@code materials[1].reference}); among them the
     * acceptance conditions found not met, also given whole (their text is a decision's reasons);
     * and the materials owed later (容缺后补).
     *
     * @param heldByGovernment the materials exempt when held (免提交) that apply and were not handed
     *     in: the e-licence library is asked for them (an example application assumes it has them)
     */
    public record Result(
            List<FieldError> problems,
            List<RuleFailure> unmetConditions,
            List<String> owedMaterials,
            List<Material> heldByGovernment) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    public Result check(ItemStandard standard, JsonNode form, ApplicantFacts applicant, List<OfferedMaterial> offered) {
        List<FieldError> problems = new ArrayList<>();
        schemas.valueProblems(standard.form(), form).forEach(p -> problems.add(p.under("form")));
        Set<String> invalidFields = problems.stream().map(FieldError::field).collect(Collectors.toSet());
        var inputs = new RuleInputs(form, standard.parameters(), applicant);
        List<RuleFailure> unmet = new ArrayList<>();
        for (RuleFailure failure : rules.unmetConditions(standard.conditions(), inputs)) {
            String field = failure.field() == null ? "form" : "form." + failure.field();
            // A rule that cannot read a missing or mistyped field says nothing the schema did not.
            if (!(failure.isError() && invalidFields.contains(field))) {
                problems.add(new FieldError(field, failure.code(), failure.message()));
            }
            if (!failure.isError()) {
                unmet.add(failure);
            }
        }
        List<String> owed = new ArrayList<>();
        List<Material> held = new ArrayList<>();
        problems.addAll(offeredProblems(standard, offered));
        problems.addAll(missingMaterials(standard, inputs, offered, owed, held));
        return new Result(problems, unmet, owed, held);
    }

    /**
     * A supplement (补正): the form as it becomes must still fit the schema, and every material
     * brought must be on the list and properly referenced. Conditions are the acceptance decision's.
     */
    public List<FieldError> supplementProblems(
            ItemStandard standard, JsonNode formAfter, List<OfferedMaterial> brought) {
        List<FieldError> problems = new ArrayList<>();
        schemas.valueProblems(standard.form(), formAfter).forEach(p -> problems.add(p.under("form")));
        problems.addAll(offeredProblems(standard, brought));
        return problems;
    }

    /** Instant approval (秒批): approved only when the version has instant-approval rules and all hold. */
    public InstantDecision instantApproval(ItemStandard standard, JsonNode form, ApplicantFacts applicant) {
        return rules.instantApproval(
                standard.instantApproval(), new RuleInputs(form, standard.parameters(), applicant));
    }

    private static List<FieldError> offeredProblems(ItemStandard standard, List<OfferedMaterial> offered) {
        Map<String, Material> listed =
                standard.materials().stream().collect(Collectors.toMap(Material::code, Function.identity()));
        List<FieldError> problems = new ArrayList<>();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < offered.size(); i++) {
            OfferedMaterial material = offered.get(i);
            String field = "materials[" + i + "]";
            Material expected = listed.get(material.code());
            if (expected == null) {
                problems.add(new FieldError(
                        field + ".code", "unknown-material", "supplement.not-on-materials-list", material.code()));
            } else if (!given.add(material.code())) {
                problems.add(new FieldError(
                        field + ".code", "duplicate-material", "materials.offered-twice", material.code()));
            } else if (material.reference() == null
                    || !REFERENCE.matcher(material.reference()).matches()) {
                problems.add(new FieldError(field + ".reference", "invalid-reference", "materials.invalid-reference"));
            } else if (expected.licence() != null
                    && LicenceReference.parse(material.reference())
                            .filter(licence -> licence.type() != expected.licence())
                            .isPresent()) {
                problems.add(new FieldError(
                        field + ".reference",
                        "wrong-licence-type",
                        "materials.wrong-licence-type",
                        expected.name(),
                        expected.licence()));
            } else if (expected.medium() == Medium.ELECTRONIC
                    && material.reference().equals("PAPER")) {
                problems.add(new FieldError(
                        field + ".reference", "electronic-only", "materials.electronic-only", expected.name()));
            }
        }
        return problems;
    }

    /**
     * Required materials that apply and were not offered. A material whose case cannot be decided
     * (its rule reads a field the applicant left out) is asked for rather than silently dropped.
     */
    private List<FieldError> missingMaterials(
            ItemStandard standard,
            RuleInputs inputs,
            List<OfferedMaterial> offered,
            List<String> owed,
            List<Material> held) {
        Set<String> given = offered.stream().map(OfferedMaterial::code).collect(Collectors.toSet());
        List<FieldError> problems = new ArrayList<>();
        for (Material material : standard.materials()) {
            RuleOutcome applies = rules.appliesWhen(material, inputs);
            if (given.contains(material.code()) || !(applies.holds() || applies.isError())) {
                continue;
            }
            if (material.necessity() == Necessity.REQUIRED) {
                problems.add(
                        applies.isError()
                                ? new FieldError(
                                        "materials",
                                        "missing-material",
                                        "materials.required-undecided",
                                        material.code(),
                                        material.name(),
                                        applies.error())
                                : new FieldError(
                                        "materials",
                                        "missing-material",
                                        "materials.required",
                                        material.code(),
                                        material.name()));
            } else if (material.necessity() == Necessity.SUPPLY_LATER) {
                owed.add(material.code());
            } else if (material.necessity() == Necessity.EXEMPT_IF_HELD) {
                held.add(material);
            }
        }
        return problems;
    }
}
