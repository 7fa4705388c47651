package org.tongban.catalog;

/**
 * A time limit: statutory (法定时限), promised (承诺时限) or a flow step's own.
 *
 * @param value boxed so that a missing value is reported, not read as 0
 */
public record Limit(Integer value, LimitUnit unit) {}
