package org.tongban.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A complete application that satisfies its version: documentation for client developers. */
public record ExampleApplication(
        @NotNull ObjectNode form,
        @NotNull @Valid ApplicantFacts applicant,
        @NotNull List<@Valid OfferedMaterial> materials) {}
