package org.tongban.network;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator may change about a window: which items it accepts, and whether it is open. */
public record WindowChange(
        boolean open,
        @NotNull @Size(max = 500) Set<@Pattern(regexp = "[a-z0-9-]{3,80}") String> items,
        @NotNull @Size(max = 100) Set<@Pattern(regexp = "[a-z0-9-]{2,60}") String> categories) {}
