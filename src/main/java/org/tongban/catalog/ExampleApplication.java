package org.tongban.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A complete application that satisfies its version: documentation for client developers. */
public record ExampleApplication(
        ObjectNode form,
        @Valid ApplicantFacts applicant,
        @Size(max = 50) List<@Valid OfferedMaterial> materials) {}
