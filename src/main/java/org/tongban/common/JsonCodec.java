package org.tongban.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** JSON columns in and out, with the service's own ObjectMapper; stored JSON that cannot be read is a bug. */
@ApplicationScoped
public class JsonCodec {

    private final ObjectMapper json;

    /** The service's ObjectMapper; pure rules' unit tests pass their own. */
    @Inject
    public JsonCodec(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Not serialisable: " + value.getClass().getName(), e);
        }
    }

    public JsonNode tree(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be read", e);
        }
    }

    public <T> T read(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be read as " + type.getSimpleName(), e);
        }
    }

    public <T> T read(String stored, TypeReference<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be read", e);
        }
    }
}
