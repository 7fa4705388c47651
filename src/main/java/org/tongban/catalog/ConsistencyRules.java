package org.tongban.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tongban.common.FieldError;

/**
 * The consistency rules provincial audits apply to an item guide (domain.md §2): limits, visits
 * against channels and online depth, fee, dates. Each rule skips quietly when a field it reads is
 * missing: {@link StructuralRules} reports that.
 */
final class ConsistencyRules {

    private final ItemStandard version;
    private final List<FieldError> problems = new ArrayList<>();

    private ConsistencyRules(ItemStandard version) {
        this.version = version;
    }

    static List<FieldError> of(ItemStandard version) {
        var rules = new ConsistencyRules(version);
        rules.promisedWithinStatutory();
        rules.stepsWithinPromised();
        rules.handlingTypeMatchesPromised();
        rules.visits();
        rules.fee();
        rules.dates();
        rules.handlers();
        rules.competentDistrict();
        return rules.problems;
    }

    /**
     * Licences are decided by administrative organs, organisations the law authorises, or organs
     * they entrust (Administrative Licensing Law Arts. 22–24): partner outlets and kiosks receive
     * and forward (收受分离), they never decide.
     */
    private void handlers() {
        if (version.handlingPointTypes() == null) {
            return;
        }
        version.handlingPointTypes().stream()
                .filter(type -> type != null && type.receivesOnly())
                .sorted()
                .forEach(type -> add(
                        "handlingPointTypes",
                        "receiving-point-cannot-decide",
                        "standard.receiving-point-cannot-decide",
                        type));
    }

    /**
     * A site-based item names the site's district in its form; a receiving-point-based item has
     * no online channel, where nothing receives it.
     */
    private void competentDistrict() {
        CompetentDistrictSource source = version.competentDistrictFrom();
        if (source == CompetentDistrictSource.SITE && version.form() != null) {
            String field = CompetentDistrictSource.SITE_FIELD;
            boolean declared = version.form().path("properties").has(field);
            boolean required = false;
            for (var name : version.form().path("required")) {
                required |= field.equals(name.asText());
            }
            if (!declared || !required) {
                add("form.required", "site-district-not-asked", "standard.site-district-not-asked", field);
            }
        }
        if (source == CompetentDistrictSource.RECEIVING_POINT
                && version.channels() != null
                && (version.channels().contains(Channel.WEB)
                        || version.channels().contains(Channel.MOBILE))) {
            add("competentDistrictFrom", "no-receiving-point-online", "standard.no-receiving-point-online");
        }
    }

    /** Working and calendar days are not comparable without a calendar: units must agree. */
    private void promisedWithinStatutory() {
        Limit statutory = version.statutoryLimit();
        Limit promised = version.promisedLimit();
        if (!complete(statutory) || !complete(promised)) {
            return;
        }
        if (statutory.unit() != promised.unit()) {
            add("promisedLimit.unit", "limit-units-differ", "standard.limit-units-differ");
        } else if (promised.value() > statutory.value()) {
            add(
                    "promisedLimit",
                    "promised-exceeds-statutory",
                    "standard.promised-exceeds-statutory",
                    promised.value(),
                    statutory.value());
        }
    }

    private void stepsWithinPromised() {
        Limit promised = version.promisedLimit();
        List<FlowStep> flow = version.flow();
        if (!complete(promised)
                || flow == null
                || flow.isEmpty()
                || !flow.stream().allMatch(step -> step != null && complete(step.limit()))) {
            return;
        }
        boolean unitsAgree = true;
        for (int i = 0; i < flow.size(); i++) {
            if (flow.get(i).limit().unit() != promised.unit()) {
                unitsAgree = false;
                add("flow[" + i + "].limit.unit", "limit-units-differ", "standard.step-unit-differs");
            }
        }
        int total = flow.stream().mapToInt(step -> step.limit().value()).sum();
        if (unitsAgree && total > promised.value()) {
            add("flow", "steps-exceed-promised", "standard.steps-exceed-promised", total, promised.value());
        }
    }

    /** 即办件 ⇔ promised limit 0. */
    private void handlingTypeMatchesPromised() {
        Limit promised = version.promisedLimit();
        if (version.handlingType() == null || !complete(promised)) {
            return;
        }
        if (version.handlingType() == HandlingType.IMMEDIATE && promised.value() != 0) {
            add("promisedLimit", "immediate-with-limit", "standard.immediate-with-limit");
        }
        if (version.handlingType() == HandlingType.PROMISED && promised.value() == 0) {
            add("promisedLimit", "promised-without-limit", "standard.promised-without-limit");
        }
    }

    private void visits() {
        Integer visits = version.maxVisits();
        if (visits == null) {
            return;
        }
        if (visits > 0 && version.visitsReason() == null) {
            add("visitsReason", "visits-without-reason", "standard.visits-without-reason");
        }
        if (visits == 0
                && version.channels() != null
                && version.channels().stream().filter(Objects::nonNull).noneMatch(Channel::isRemote)) {
            add("channels", "zero-visits-without-remote-channel", "standard.zero-visits-without-remote-channel");
        }
        if (visits > 0 && version.onlineDepth() != null && version.onlineDepth().level() == OnlineLevel.IV) {
            add("maxVisits", "fully-online-with-visits", "standard.fully-online-with-visits");
        }
    }

    private void fee() {
        Fee fee = version.fee();
        if (fee == null || !fee.charged()) {
            return;
        }
        if (fee.basis() == null) {
            add("fee.basis", "fee-without-basis", "standard.fee-without-basis");
        }
        if (fee.items() == null || fee.items().isEmpty()) {
            add("fee.items", "fee-without-items", "standard.fee-without-items");
        }
    }

    /** validTo is the last day in force, so it may equal validFrom (one day) but not precede it. */
    private void dates() {
        if (version.validFrom() != null
                && version.validTo() != null
                && version.validTo().isBefore(version.validFrom())) {
            add(
                    "validTo",
                    "ends-before-it-starts",
                    "standard.ends-before-it-starts",
                    version.validTo(),
                    version.validFrom());
        }
    }

    private static boolean complete(Limit limit) {
        return limit != null && limit.value() != null && limit.unit() != null;
    }

    private void add(String field, String code, String key, Object... args) {
        problems.add(new FieldError(field, code, key, args));
    }
}
