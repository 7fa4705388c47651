package org.tongban.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a text column encrypted ({@link FieldCipher}); the entity holds the clear value. Put on
 * every column with personal data: {@code @Convert(converter = Encrypted.class)}.
 */
@Converter
public class Encrypted implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String value) {
        return PersonalDataKeys.cipher().encrypt(value);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return PersonalDataKeys.cipher().decrypt(stored);
    }
}
