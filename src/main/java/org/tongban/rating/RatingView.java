package org.tongban.rating;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rating and, for a bad one, how its rectification stands, as the citizen and the unit see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingView(
        String application,

        @Schema(description = "GB/T 39046 A.8 code, 1 = 非常满意 (best) … 5 = 非常不满意 (worst)")
        int level,

        Satisfaction satisfaction,
        String channel,
        JsonNode dimensions,
        String comment,
        LocalDate ratedOn,
        boolean malicious,
        RectificationView rectification) {}
