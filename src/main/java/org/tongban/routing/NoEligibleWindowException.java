package org.tongban.routing;

import java.util.List;
import org.tongban.common.FieldError;
import org.tongban.common.ProblemException;

/** No window may handle the application; the detail says why, in terms a citizen understands. */
public class NoEligibleWindowException extends ProblemException {

    public NoEligibleWindowException(String code, String reason) {
        super(
                422,
                "no-eligible-window",
                "Unprocessable Content",
                reason,
                List.of(new FieldError("itemCode", code, reason)));
    }
}
