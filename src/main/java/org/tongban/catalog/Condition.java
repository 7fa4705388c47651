package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.tongban.common.LocalizedText;

/**
 * An acceptance condition (受理条件) or instant-approval rule: the text people read, and the CEL
 * rule machines check over {@code form}, {@code params} and {@code applicant}.
 *
 * @param rule null for a condition only a person can judge
 * @param field the form field a failure is reported on (null: the application as a whole)
 */
public record Condition(
        @Valid LocalizedText text,
        @Size(max = 2000) String rule,
        @Size(max = 100) String field) {}
