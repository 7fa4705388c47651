package org.tongban.cases;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One running clock of a case and the day it runs out. A case in one state has several (an
 * accepted case: the promised, the statutory and the step due date); electronic supervision
 * watches all of them.
 */
public record Deadline(Kind kind, LocalDate due) {

    /** The clocks of a case, most serious first (the order breaks ties between equal colours). */
    @Schema(name = "CaseClockKind")
    public enum Kind {
        /** The statutory limit, extended or not (Administrative Licensing Law Arts. 42, 82). */
        STATUTORY,
        /** Ten working days to issue and deliver a decision (Art. 44). */
        DELIVERY,
        /** Five working days to accept, refuse or ask for a supplement (Art. 32). */
        ACCEPTANCE,
        /** The city's promised limit (承诺时限), within the statutory one. */
        PROMISED,
        /** The current flow step's own limit. */
        STEP,
        /** A supplement notice the applicant has not answered (local follow-up period). */
        SUPPLEMENT
    }
}
