package org.tongban.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of re-checking the whole audit chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainReport(boolean intact, long entriesVerified, BrokenLink firstBrokenLink) {

    /** Where the chain first fails: the position in the chain, the entry's id, and why. */
    public record BrokenLink(long seq, Long entryId, String reason) {}
}
