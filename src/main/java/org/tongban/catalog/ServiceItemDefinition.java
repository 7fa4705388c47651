package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A service item as a seed file writes it: the item and its versions. The header is checked by
 * Bean Validation, the versions by {@link PublishingRules#itemProblems}.
 */
public record ServiceItemDefinition(
        @NotNull @Valid ItemHeader item, @NotEmpty List<ItemStandard> versions) {}
