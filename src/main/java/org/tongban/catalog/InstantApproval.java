package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** 秒批: an application that satisfies every rule is approved automatically on submission. */
public record InstantApproval(@NotEmpty List<@Valid Condition> rules) {}
