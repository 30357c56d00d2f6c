package org.bilet.notifications;

import jakarta.persistence.Converter;
import org.bilet.platform.JsonStringList;

/** The arguments of a notification, stored as a JSON array of strings so that any text survives. */
@Converter
public class NotificationArguments extends JsonStringList {
}
