package org.tongban.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tongban.common.FieldError;

/**
 * What a version must satisfy to be published — the consistency rules provincial audits apply to
 * item guides — checked all at once so an administrator sees every reason together.
 */
@ApplicationScoped
public class PublishingRules {

    @Inject
    FormSchemas schemas;

    @Inject
    CelRules rules;

    @Inject
    ApplicationCheck applications;

    public PublishingRules() {}

    /** For unit tests, without a container. */
    public PublishingRules(FormSchemas schemas, CelRules rules) {
        this.schemas = schemas;
        this.rules = rules;
        this.applications = new ApplicationCheck(schemas, rules);
    }

    /** Problems that make even a draft unusable: an invalid form schema, rules that do not compile, duplicates. */
    public List<FieldError> draftProblems(ItemStandard version) {
        List<FieldError> problems = new ArrayList<>(schemas.schemaProblems(version.form(), "form"));
        for (int i = 0; i < version.conditions().size(); i++) {
            compile(version.conditions().get(i).rule(), "conditions[" + i + "].rule", problems);
        }
        for (int i = 0; i < version.materials().size(); i++) {
            compile(version.materials().get(i).appliesWhen(), "materials[" + i + "].appliesWhen", problems);
        }
        version.instant().ifPresent(instant -> {
            for (int i = 0; i < instant.rules().size(); i++) {
                String rule = instant.rules().get(i).rule();
                if (rule == null) {
                    problems.add(new FieldError(
                            "instantApproval.rules[" + i + "].rule",
                            "required",
                            "an instant-approval rule must be machine-checkable"));
                }
                compile(rule, "instantApproval.rules[" + i + "].rule", problems);
            }
        });
        duplicates(version.materials().stream().map(Material::code).toList(), "materials", problems);
        duplicates(version.flow().stream().map(FlowStep::code).toList(), "flow", problems);
        return problems;
    }

    /** Every reason the version may not be published, given the item's other versions. */
    public List<FieldError> publishingProblems(ItemStandard version, List<ItemStandard> otherVersions) {
        List<FieldError> problems = new ArrayList<>(draftProblems(version));
        if (problems.isEmpty()) {
            var example = version.example();
            applications.check(version, example.form(), example.applicant(), example.materials()).problems().stream()
                    .map(p -> new FieldError(
                            "example." + p.field(), p.code(), "the example application fails: " + p.message()))
                    .forEach(problems::add);
        }
        checkLimits(version, problems);
        checkVisitsAndChannels(version, problems);
        if (version.fee().charged()
                && (version.fee().basis() == null
                        || version.fee().items() == null
                        || version.fee().items().isEmpty())) {
            problems.add(
                    new FieldError("fee", "fee-without-basis", "a charged item needs its legal basis and fee items"));
        }
        checkValidity(version, otherVersions, problems);
        return problems;
    }

    private static void checkLimits(ItemStandard version, List<FieldError> problems) {
        Limit statutory = version.statutoryLimit();
        Limit promised = version.promisedLimit();
        if (statutory.unit() != promised.unit()) {
            problems.add(new FieldError(
                    "promisedLimit.unit",
                    "limit-units-differ",
                    "promised and statutory limits must be counted in the same unit"));
        } else if (promised.value() > statutory.value()) {
            problems.add(new FieldError(
                    "promisedLimit",
                    "promised-exceeds-statutory",
                    "promised " + promised.value() + " exceeds statutory " + statutory.value()));
        }
        if (version.handlingType() == HandlingType.IMMEDIATE && promised.value() != 0) {
            problems.add(new FieldError(
                    "promisedLimit", "immediate-with-limit", "an immediate item (即办件) has a promised limit of 0"));
        }
        if (version.handlingType() == HandlingType.PROMISED && promised.value() == 0) {
            problems.add(new FieldError(
                    "handlingType", "promised-without-limit", "a promised item (承诺件) needs a promised limit above 0"));
        }
        boolean stepUnitsDiffer =
                version.flow().stream().anyMatch(step -> step.limit().unit() != promised.unit());
        int stepTotal =
                version.flow().stream().mapToInt(step -> step.limit().value()).sum();
        if (stepUnitsDiffer) {
            problems.add(new FieldError(
                    "flow", "limit-units-differ", "step limits must be counted in the unit of the promised limit"));
        } else if (stepTotal > promised.value()) {
            problems.add(new FieldError(
                    "flow",
                    "steps-exceed-promised",
                    "the steps' limits add up to " + stepTotal + ", more than the promised " + promised.value()));
        }
    }

    private static void checkVisitsAndChannels(ItemStandard version, List<FieldError> problems) {
        if (version.maxVisits() > 0 && version.visitsReason() == null) {
            problems.add(new FieldError(
                    "visitsReason", "visits-without-reason", "an item that needs on-site visits must say why"));
        }
        boolean remote = version.channels().stream().anyMatch(c -> c.isOnline() || c == Channel.POST);
        if (version.maxVisits() == 0 && !remote) {
            problems.add(new FieldError(
                    "channels",
                    "zero-visits-without-remote-channel",
                    "a zero-visit item must offer an online or postal channel"));
        }
        if (version.onlineDepth().level() == OnlineLevel.IV && version.maxVisits() > 0) {
            problems.add(new FieldError(
                    "onlineDepth.level",
                    "fully-online-with-visits",
                    "a fully online item (全程网办) cannot require visits"));
        }
    }

    private static void checkValidity(ItemStandard version, List<ItemStandard> others, List<FieldError> problems) {
        if (version.validTo() != null && version.validTo().isBefore(version.validFrom())) {
            problems.add(new FieldError("validTo", "ends-before-it-starts", "validTo is before validFrom"));
            return;
        }
        others.stream()
                .filter(version::overlaps)
                .forEach(other -> problems.add(new FieldError(
                        "validFrom",
                        "overlapping-validity",
                        "overlaps version " + other.version() + " (" + other.validFrom() + " to "
                                + (other.validTo() == null ? "open" : other.validTo()) + ")")));
    }

    private void compile(String rule, String field, List<FieldError> problems) {
        if (rule != null) {
            rules.compileError(rule).ifPresent(error -> problems.add(new FieldError(field, "invalid-rule", error)));
        }
    }

    private static void duplicates(List<String> codes, String field, List<FieldError> problems) {
        Set<String> seen = new HashSet<>();
        codes.stream()
                .filter(code -> !seen.add(code))
                .forEach(code -> problems.add(new FieldError(field, "duplicate-code", code + " appears twice")));
    }
}
