package org.tongban.processing;

import java.util.ArrayList;
import java.util.List;
import org.tongban.common.FieldError;

/** What each action must carry, all problems at once. Pure. */
public final class ActionChecks {

    private ActionChecks() {}

    public static List<FieldError> problems(ActionRequest request) {
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
                        String target = request.missing().get(i).target();
                        if (!target.startsWith("form.") && !target.startsWith("materials.")) {
                            problems.add(new FieldError(
                                    "missing[" + i + "].target",
                                    "invalid-target",
                                    "name a form field (form.x) or a material (materials.x)"));
                        }
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
