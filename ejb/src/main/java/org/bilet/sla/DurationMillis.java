package org.bilet.sla;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Duration;

/** Stores a duration as whole milliseconds, which SQL can sum and compare in reports. */
@Converter
public class DurationMillis implements AttributeConverter<Duration, Long> {

    @Override
    public Long convertToDatabaseColumn(Duration duration) {
        return duration == null ? null : duration.toMillis();
    }

    @Override
    public Duration convertToEntityAttribute(Long millis) {
        return millis == null ? null : Duration.ofMillis(millis);
    }
}
