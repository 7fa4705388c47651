package org.tongban.routing;

import java.util.List;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/** No window may handle the application; the detail says why, in terms a citizen understands. */
public class NoEligibleWindowException extends ProblemException {

    /** Says why under {@code routing.<code>} of the messages bundle, filled with {@code args}. */
    public NoEligibleWindowException(String code, Object... args) {
        super(
                422,
                "no-eligible-window",
                Message.of("routing." + code, args),
                List.of(new FieldError("itemCode", code, "routing." + code, args)));
    }
}
