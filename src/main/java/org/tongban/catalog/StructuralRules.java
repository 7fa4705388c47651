package org.tongban.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.tongban.common.FieldError;
import org.tongban.common.LocalizedText;

/**
 * Whether a version is complete and uses only known codes. Nothing is checked on
 * deserialisation, so this is where a missing field, an empty flow or an unknown code is found —
 * all of them at once, each on its path.
 */
final class StructuralRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1,80}");
    /** 1 licence, 2 approval document, 3 other, 4 none. */
    private static final Pattern RESULT_TYPE = Pattern.compile("[1-4]");

    private static final int MAX_EXTENSION_DAYS = 30;

    private static final Pattern ROLE = Pattern.compile("clerk|reviewer");

    private final List<FieldError> problems = new ArrayList<>();

    private StructuralRules() {}

    static List<FieldError> ofVersion(ItemStandard version) {
        var rules = new StructuralRules();
        if (version.version() != null && version.version() < 1) {
            rules.add("version", "out-of-range", "version numbers start at 1");
        }
        rules.required("validFrom", version.validFrom());
        rules.required("handlingType", version.handlingType());
        rules.limit("statutoryLimit", version.statutoryLimit());
        rules.limit("promisedLimit", version.promisedLimit());
        if (version.extension() != null) {
            rules.extension(version.extension());
        }
        rules.atLeastZero("yellowThreshold", version.yellowThreshold());
        rules.required("form", version.form());
        if (rules.required("conditions", version.conditions())) {
            rules.each(
                    "conditions",
                    version.conditions(),
                    (field, condition) -> rules.text(field + ".text", condition.text()));
        }
        if (rules.required("materials", version.materials())) {
            rules.each("materials", version.materials(), rules::material);
            rules.unique(
                    "materials",
                    version.materials().stream().map(Material::code).toList());
        }
        if (rules.notEmpty("flow", version.flow())) {
            rules.each("flow", version.flow(), rules::step);
            rules.unique("flow", version.flow().stream().map(FlowStep::code).toList());
        }
        rules.notEmpty("channels", version.channels());
        rules.notEmpty("handlingPointTypes", version.handlingPointTypes());
        if (rules.required("maxVisits", version.maxVisits())) {
            rules.atLeastZero("maxVisits", version.maxVisits());
        }
        if (rules.required("onlineDepth", version.onlineDepth())) {
            if (version.onlineDepth().code() < 1 || version.onlineDepth().code() > 8) {
                rules.add("onlineDepth.code", "out-of-range", "the online depth code is 1 to 8");
            }
            rules.required("onlineDepth.level", version.onlineDepth().level());
        }
        rules.required("scope", version.scope());
        rules.required("competentDistrictFrom", version.competentDistrictFrom());
        if (version.instantApproval() != null
                && rules.notEmpty(
                        "instantApproval.rules", version.instantApproval().rules())) {
            rules.each("instantApproval.rules", version.instantApproval().rules(), rules::instantRule);
        }
        if (rules.required("fee", version.fee()) && version.fee().items() != null) {
            rules.each("fee.items", version.fee().items(), (field, item) -> rules.text(field + ".name", item.name()));
        }
        rules.code("resultType", version.resultType(), RESULT_TYPE);
        if (rules.required("example", version.example())) {
            rules.required("example.form", version.example().form());
            rules.required("example.materials", version.example().materials());
        }
        return rules.problems;
    }

    private void material(String field, Material material) {
        code(field + ".code", material.code(), CODE);
        text(field + ".name", material.name());
        required(field + ".necessity", material.necessity());
        required(field + ".source", material.source());
        required(field + ".medium", material.medium());
        atLeastZero(field + ".originals", material.originals());
        atLeastZero(field + ".copies", material.copies());
        if (material.necessity() == Necessity.EXEMPT_IF_HELD) {
            // 免提交 means taken from the e-licence library: it must say which licence to look for.
            required(field + ".licence", material.licence());
        }
    }

    private void step(String field, FlowStep step) {
        code(field + ".code", step.code(), CODE);
        text(field + ".name", step.name());
        code(field + ".role", step.role(), ROLE);
        limit(field + ".limit", step.limit());
    }

    /** An instant approval is automatic: every rule must be machine-checkable. */
    private void instantRule(String field, Condition rule) {
        text(field + ".text", rule.text());
        required(field + ".rule", rule.rule());
    }

    private void limit(String field, Limit limit) {
        if (required(field, limit)) {
            if (required(field + ".value", limit.value())) {
                atLeastZero(field + ".value", limit.value());
            }
            required(field + ".unit", limit.unit());
        }
    }

    /** Art. 42 names 10 and 15 working days; a special law may name another, never an open end. */
    private void extension(StatutoryExtension extension) {
        if (required("extension.workingDays", extension.workingDays())
                && (extension.workingDays() < 1 || extension.workingDays() > MAX_EXTENSION_DAYS)) {
            add("extension.workingDays", "out-of-range", "standard.extension-out-of-range", MAX_EXTENSION_DAYS);
        }
        required("extension.legalBasis", extension.legalBasis());
    }

    private void text(String field, LocalizedText text) {
        if (required(field, text)) {
            required(field + ".zh", text.zh());
            required(field + ".en", text.en());
        }
    }

    private void code(String field, String code, Pattern allowed) {
        if (required(field, code) && !allowed.matcher(code).matches()) {
            add(field, "invalid-code", "standard.invalid-code", code, allowed);
        }
    }

    private void unique(String field, List<String> codes) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !seen.add(codes.get(i))) {
                add(field + "[" + i + "].code", "duplicate-code", "standard.duplicate-code", codes.get(i));
            }
        }
    }

    private boolean required(String field, Object value) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (!present) {
            add(field, "required", "standard.required", field);
        }
        return present;
    }

    private boolean notEmpty(String field, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            add(field, "required", "standard.needs-an-entry", field);
            return false;
        }
        return true;
    }

    private void atLeastZero(String field, Integer value) {
        if (value != null && value < 0) {
            add(field, "out-of-range", "standard.negative", field);
        }
    }

    private <T> void each(String field, List<T> elements, BiConsumer<String, T> check) {
        for (int i = 0; i < elements.size(); i++) {
            String path = field + "[" + i + "]";
            if (required(path, elements.get(i))) {
                check.accept(path, elements.get(i));
            }
        }
    }

    private void add(String field, String code, String key, Object... args) {
        problems.add(new FieldError(field, code, key, args));
    }
}
