package org.tongban.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A complete application that satisfies its version: documentation for client developers. */
public record ExampleApplication(ObjectNode form, ApplicantFacts applicant, List<OfferedMaterial> materials) {}
