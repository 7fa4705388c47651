package org.tongban.rating;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** A rating and, for a bad one, how its rectification stands, as the citizen and the unit see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatingView(
        String application,
        int level,
        String channel,
        JsonNode dimensions,
        String comment,
        LocalDate ratedOn,
        boolean malicious,
        RectificationView rectification) {}
