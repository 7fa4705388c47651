package org.tongban.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A material handed in with an application: which one of the list, and where it is (an e-licence
 * number, an uploaded file id, or "PAPER" for a paper original seen at the window). Unlike the
 * version records it keeps its constraints: it is also the body citizens submit.
 */
public record OfferedMaterial(
        @NotBlank @Size(max = 80) String code,
        @NotBlank @Size(max = 200) String reference) {}
