package org.tongban.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The standard is read and written whole, so it is stored as one JSON document. */
@Converter
public class ItemStandardConverter implements AttributeConverter<ItemStandard, String> {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public String convertToDatabaseColumn(ItemStandard standard) {
        try {
            return JSON.writeValueAsString(standard);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Item standard is not serialisable", e);
        }
    }

    @Override
    public ItemStandard convertToEntityAttribute(String json) {
        try {
            return JSON.readValue(json, ItemStandard.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored item standard cannot be read", e);
        }
    }
}
