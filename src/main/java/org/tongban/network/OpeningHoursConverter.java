package org.tongban.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Opening hours are always read and written whole, so they are one JSON column. */
@Converter
public class OpeningHoursConverter implements AttributeConverter<List<OpeningHours>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<OpeningHours>> TYPE = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(List<OpeningHours> hours) {
        try {
            return JSON.writeValueAsString(hours);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<OpeningHours> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored opening hours are not valid JSON", e);
        }
    }
}
