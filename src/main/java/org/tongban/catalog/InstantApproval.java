package org.tongban.catalog;

import java.util.List;

/** 秒批: an application that satisfies every rule is approved automatically on submission. */
public record InstantApproval(List<Condition> rules) {}
