package org.tongban.catalog;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A time limit: statutory (法定时限), promised (承诺时限) or a flow step's own. */
public record Limit(@Min(0) int value, @NotNull LimitUnit unit) {}
