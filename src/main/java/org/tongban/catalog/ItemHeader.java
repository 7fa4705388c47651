package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tongban.common.LocalizedText;

/**
 * What identifies and classifies a service item (事项), apart from its versioned standard.
 *
 * @param code the stable implementation code (task_code)
 * @param basicCode the national basic catalogue code (catalog_code), when known
 * @param category what comprehensive windows accept by category (一窗受理)
 * @param field the report card's field, e.g. urban-construction, economic, livelihood
 * @param itemType GB/T 39046 A.1 (e.g. 01 licence, 20 public service)
 * @param exerciseLevel A.2 (3 city, 4 district)
 * @param serviceObjects A.4 (1 natural persons, 2 enterprises …)
 */
public record ItemHeader(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{3,80}") String code,
        @Size(max = 12) String basicCode,
        @NotNull @Valid LocalizedText name,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,60}") String department,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,60}") String category,
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String field,
        @NotNull @Pattern(regexp = "0\\d|10|20") String itemType,
        @NotNull @Pattern(regexp = "[1-7]") String exerciseLevel,
        @NotEmpty @Size(max = 6) List<@Pattern(regexp = "[1-6]") String> serviceObjects) {}
