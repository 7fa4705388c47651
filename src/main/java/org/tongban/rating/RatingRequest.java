package org.tongban.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.tongban.catalog.Channel;

/**
 * A rating: level 1 (非常满意) to 5 (非常不满意), the channel it is given through, optional scores per
 * dimension (1–5, e.g. attitude, efficiency) and a comment.
 */
public record RatingRequest(
        @NotNull @Min(1) @Max(5) Integer level,
        @NotNull Channel channel,
        @Size(max = 10) Map<@Size(min = 1, max = 40) String, @NotNull @Min(1) @Max(5) Integer> dimensions,
        @Size(max = 1000) String comment) {}
