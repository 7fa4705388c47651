package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A service item as a seed file writes it: the item and its versions. */
public record ServiceItemDefinition(
        @NotNull @Valid ItemHeader item, @NotEmpty List<@Valid ItemStandard> versions) {}
