package org.tongban.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** 网上办理深度: the national code (1–8) and the level Ⅰ–Ⅳ it belongs to. */
public record OnlineDepth(@Min(1) @Max(8) int code, @NotNull OnlineLevel level) {}
