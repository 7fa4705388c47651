package org.tongban.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongban.catalog.ItemVersion;
import org.tongban.catalog.RuleFailure;
import org.tongban.common.LocalizedText;

/**
 * The written decision not to accept (不予受理) an application filed despite unmet acceptance
 * conditions: dated, numbered with the application, in the name of the body the item is held by
 * (or, for an entrustment, of the entrusting body),
 * with the reasons, the legal basis and the applicant's remedies (Administrative Licensing Law Art.
 * 32 para. 2: acceptance and non-acceptance are written, sealed and dated). Pure.
 */
final class NonAcceptance {

    static final String LEGAL_BASIS = "《中华人民共和国行政许可法》第三十二条；本事项办事指南（第%d版）所列受理条件"
            + " / Administrative Licensing Law Art. 32; the acceptance conditions of version %d of the item's"
            + " published standard";

    /** Administrative Reconsideration Law Art. 20 (60 days); Administrative Litigation Law Art. 46 (6 months). */
    static final String RIGHT_TO_REVIEW = "如不服本决定，可以自知道该决定之日起六十日内依法申请行政复议，或者自知道或者应当知道该决定之日起"
            + "六个月内依法向人民法院提起行政诉讼。 / If you disagree with this decision you may apply for administrative"
            + " reconsideration within 60 days of learning of it (Administrative Reconsideration Law Art. 20), or sue"
            + " in a people's court within six months (Administrative Litigation Law Art. 46).";

    private NonAcceptance() {}

    /** The decision's record, as the case and its event keep it and the applicant is told. */
    static Map<String, Object> onFiling(
            LocalDate day, LocalizedText decidedBy, ItemVersion version, List<RuleFailure> unmet) {
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", ApplicationState.NOT_ACCEPTED.name());
        decision.put("decidedOn", day);
        decision.put("decidedBy", decidedBy);
        decision.put("filedDespiteUnmetConditions", true);
        decision.put(
                "reasons",
                unmet.stream()
                        .map(f -> "受理条件未满足：" + f.text().zh() + " / Acceptance condition not met: "
                                + f.text().en())
                        .toList());
        decision.put(
                "unmetConditions",
                unmet.stream()
                        .map(f -> f.field() == null
                                ? Map.of("text", f.text())
                                : Map.of("field", "form." + f.field(), "text", f.text()))
                        .toList());
        decision.put("legalBasis", String.format(LEGAL_BASIS, version.versionNo, version.versionNo));
        decision.put("rightToReview", RIGHT_TO_REVIEW);
        return decision;
    }
}
