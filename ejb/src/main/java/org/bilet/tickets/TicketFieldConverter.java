package org.bilet.tickets;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TicketField} by its name in history: "status", "custom.&lt;key&gt;". */
@Converter
public class TicketFieldConverter implements AttributeConverter<TicketField, String> {

    @Override
    public String convertToDatabaseColumn(TicketField field) {
        return field == null ? null : field.storedName();
    }

    @Override
    public TicketField convertToEntityAttribute(String storedName) {
        return storedName == null ? null : TicketField.of(storedName);
    }
}
