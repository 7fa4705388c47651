package org.tongban.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;

/**
 * The state of the audit chain after one verification step.
 *
 * @param intact no break is known: every verified entry carries a valid seal
 * @param entriesVerified the chain is verified from its first entry up to this position
 * @param unverified sealed entries after that position, left for the next call or the job
 * @param checked entries checked by this call (at most the configured limit)
 * @param checkedThrough the last position this call checked (0 when it checked none)
 * @param verifiedAt when the verified position last moved
 * @param firstBrokenLink the break found, by this call or earlier (by the periodic job, say)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainReport(
        boolean intact,
        long entriesVerified,
        long unverified,
        int checked,
        long checkedThrough,
        LocalDateTime verifiedAt,
        BrokenLink firstBrokenLink) {

    /** Where the chain fails: the position, the entry's id, why, and when and by whom it was found. */
    public record BrokenLink(long seq, Long entryId, String reason, LocalDateTime foundAt, String foundBy) {}
}
