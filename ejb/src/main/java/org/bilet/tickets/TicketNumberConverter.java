package org.bilet.tickets;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TicketNumberConverter implements AttributeConverter<TicketNumber, String> {

    @Override
    public String convertToDatabaseColumn(TicketNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public TicketNumber convertToEntityAttribute(String value) {
        return value == null ? null : new TicketNumber(value);
    }
}
