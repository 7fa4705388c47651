package org.tongban.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.catalog.Channel;

/**
 * A rating: the satisfaction by name or by its GB/T 39046 A.8 code (1 = 非常满意 … 5 = 非常不满意),
 * the channel it is given through, optional scores per dimension (1–5, e.g. attitude, efficiency)
 * and a comment.
 */
public record RatingRequest(
        @Schema(description = RatingRequest.LEVEL) @Min(1) @Max(5)
        Integer level,

        Satisfaction satisfaction,
        @NotNull Channel channel,
        @Size(max = 10) Map<@Size(min = 1, max = 40) String, @NotNull @Min(1) @Max(5) Integer> dimensions,
        @Size(max = 1000) String comment) {

    static final String LEVEL = "GB/T 39046 A.8 code, lower is better: 1 = 非常满意 (very satisfied), 2 = 满意,"
            + " 3 = 基本满意, 4 = 不满意, 5 = 非常不满意 (very dissatisfied). Give this or satisfaction (or both,"
            + " agreeing); 4 and 5 open a rectification.";

    Satisfaction resolvedSatisfaction() {
        return Satisfaction.given(level, satisfaction);
    }
}
