package org.tongban.supervision;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure of the report card, with what it was computed from: a count (value alone), or a share
 * or an average (value = numerator / denominator), and a sentence saying how.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Figure(String name, Double value, Long numerator, Long denominator, String method) {

    static Figure count(String name, long count, String method) {
        return new Figure(name, (double) count, null, null, method);
    }

    static Figure ratio(String name, long numerator, long denominator, String method) {
        Double value = denominator == 0 ? null : Math.round(10000.0 * numerator / denominator) / 10000.0;
        return new Figure(name, value, numerator, denominator, method);
    }

    static Figure average(String name, double sum, long count, String method) {
        Double value = count == 0 ? null : Math.round(10000.0 * sum / count) / 10000.0;
        return new Figure(name, value, null, count, method);
    }
}
