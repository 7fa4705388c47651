package org.tongban.cases.queue;

import java.util.List;
import java.util.Map;
import org.tongban.cases.ApplicationState;

/**
 * One page of a work queue, soonest due first, and how many cases of the queue are in each state.
 *
 * @param nextCursor for the next page, or null on the last one
 */
public record WorkQueue(List<CaseSummary> items, String nextCursor, Map<ApplicationState, Long> countsByState) {}
