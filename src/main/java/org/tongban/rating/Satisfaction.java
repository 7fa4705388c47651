package org.tongban.rating;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * The five levels of 好差评, GB/T 39046 A.8, by name and by code. The code runs from best to worst
 * (1 = 非常满意 … 5 = 非常不满意), the opposite of the star scales apps are used to, so a client may
 * send the name instead and cannot mean "best" by 5.
 */
@Schema(
        description = "GB/T 39046 A.8 satisfaction by name: VERY_SATISFIED = code 1 (非常满意), SATISFIED = 2"
                + " (满意), BASICALLY_SATISFIED = 3 (基本满意), DISSATISFIED = 4 (不满意), VERY_DISSATISFIED = 5"
                + " (非常不满意)")
public enum Satisfaction {
    VERY_SATISFIED,
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED,
    VERY_DISSATISFIED;

    /** The A.8 code: 1 for the best, 5 for the worst. */
    public int code() {
        return ordinal() + 1;
    }

    public static Satisfaction ofCode(int code) {
        return values()[code - 1];
    }

    /**
     * The level a request means: its code, its name, or both when they agree. Bean Validation has
     * already kept the code within 1–5.
     */
    static Satisfaction given(Integer code, Satisfaction named) {
        List<FieldError> problems = new ArrayList<>();
        if (code == null && named == null) {
            problems.add(new FieldError("satisfaction", "required", "ratings.satisfaction-required"));
        } else if (code != null && named != null && named.code() != code) {
            problems.add(new FieldError(
                    "level",
                    "contradicts-satisfaction",
                    "ratings.contradicts-satisfaction",
                    code,
                    ofCode(code),
                    named));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(Message.of("ratings.satisfaction-ambiguous"), problems);
        }
        return named != null ? named : ofCode(code);
    }
}
