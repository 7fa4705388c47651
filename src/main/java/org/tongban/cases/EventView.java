package org.tongban.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;

/** One entry of a case's history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
        long id,
        String action,
        ApplicationState from,
        ApplicationState to,
        String actor,
        String actingClient,
        String role,
        LocalDateTime at,
        String comment,
        JsonNode details) {}
