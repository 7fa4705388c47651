package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** 秒批: an application that satisfies every rule is approved automatically on submission. */
public record InstantApproval(@Size(max = 20) List<@Valid Condition> rules) {}
