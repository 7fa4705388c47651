package org.tongban.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.catalog.ItemStandard;
import org.tongban.common.FieldError;

/** What each action must carry, all problems at once. Pure. */
public final class ActionChecks {

    private ActionChecks() {}

    public static List<FieldError> problems(ActionRequest request, ItemStandard standard) {
        List<FieldError> problems = new ArrayList<>();
        switch (request.action()) {
            case REFUSE_ACCEPTANCE -> {
                requireReasons(request, problems);
                if (blank(request.rightToReview())) {
                    problems.add(new FieldError(
                            "rightToReview",
                            "required",
                            "a decision not to accept tells the applicant how to seek administrative review or sue"));
                }
            }
            case REFUSE -> {
                requireReasons(request, problems);
                if (blank(request.legalBasis())) {
                    problems.add(new FieldError("legalBasis", "required", "a refusal states its legal basis"));
                }
            }
            case REQUEST_SUPPLEMENT -> {
                if (request.missing() == null || request.missing().isEmpty()) {
                    problems.add(new FieldError(
                            "missing", "required", "list everything to supplement in this one notice (一次性告知)"));
                } else {
                    for (int i = 0; i < request.missing().size(); i++) {
                        String item = "missing[" + i + "]";
                        targetProblem(request.missing().get(i).target(), standard)
                                .map(problem -> problem.under(item))
                                .ifPresent(problems::add);
                    }
                }
            }
            case SUPPLEMENT -> {
                boolean nothing = (request.form() == null || request.form().isEmpty())
                        && (request.materials() == null || request.materials().isEmpty());
                if (nothing) {
                    problems.add(new FieldError("form", "required", "a supplement brings form values or materials"));
                }
            }
            case START_SPECIAL_PROCEDURE -> {
                if (request.procedure() == null) {
                    problems.add(new FieldError(
                            "procedure",
                            "required",
                            "the kind of procedure, its reason and its expected length are told to the applicant"));
                }
            }
            case EXTEND -> {
                if (request.extension() == null) {
                    problems.add(new FieldError("extension", "required", "the extension's working days and reason"));
                }
            }
            case DELIVER -> deliveryProblems(request.delivery(), problems);
            default -> {
                // accept, advance, approve, end of procedure, withdraw: a comment is enough
            }
        }
        return problems;
    }

    /**
     * A notice names a field of the item's form or a material on its list: asking for anything
     * else would be a requirement outside the published standard (清单之外无要求).
     */
    private static Optional<FieldError> targetProblem(String target, ItemStandard standard) {
        if (target.startsWith("materials.")) {
            String code = target.substring("materials.".length());
            boolean listed =
                    standard.materials().stream().anyMatch(m -> m.code().equals(code));
            return listed
                    ? Optional.empty()
                    : Optional.of(new FieldError(
                            "target", "not-on-materials-list", code + " is not on this item's materials list"));
        }
        if (target.startsWith("form.")) {
            String field = target.substring("form.".length()).split("[.\\[]", 2)[0];
            return standard.form().path("properties").has(field)
                    ? Optional.empty()
                    : Optional.of(new FieldError(
                            "target", "not-a-form-field", field + " is not a field of this item's form"));
        }
        return Optional.of(
                new FieldError("target", "invalid-target", "name a form field (form.x) or a material (materials.x)"));
    }

    private static void deliveryProblems(ActionRequest.Delivery delivery, List<FieldError> problems) {
        if (delivery == null) {
            problems.add(new FieldError("delivery", "required", "how the result was delivered"));
            return;
        }
        if (delivery.method() == ActionRequest.DeliveryMethod.POST && blank(delivery.trackingNumber())) {
            problems.add(
                    new FieldError("delivery.trackingNumber", "required", "a posted result has a tracking number"));
        }
        if (delivery.method() == ActionRequest.DeliveryMethod.E_CERTIFICATE && blank(delivery.certificateId())) {
            problems.add(new FieldError("delivery.certificateId", "required", "an electronic certificate has its id"));
        }
    }

    private static void requireReasons(ActionRequest request, List<FieldError> problems) {
        if (request.reasons() == null || request.reasons().isEmpty()) {
            problems.add(new FieldError("reasons", "required", "state the reasons"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
