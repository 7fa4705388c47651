package org.tongban.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/**
 * Moments are kept as UTC {@link LocalDateTime}s and written with their "Z": without it a client
 * in the city (UTC+8) would read them eight hours off, and they would not be RFC 3339 date-times.
 * Dates (deadlines, receipt days) stay plain local dates of the city.
 */
@Singleton
public class UtcTimestamps implements ObjectMapperCustomizer {

    private static final DateTimeFormatter WRITTEN = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendLiteral('Z')
            .toFormatter();

    /** JSON stored before the "Z" was written is still read. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart()
            .appendLiteral('Z')
            .optionalEnd()
            .toFormatter();

    /** Last, after Quarkus has registered the Java time module whose serializers these replace. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("utc-timestamps")
                .addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(WRITTEN))
                .addDeserializer(LocalDateTime.class, new LocalDateTimeDeserializer(READ)));
    }
}
