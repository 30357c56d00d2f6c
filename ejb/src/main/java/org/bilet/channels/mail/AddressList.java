package org.bilet.channels.mail;

import jakarta.persistence.Converter;
import org.bilet.platform.JsonStringList;

/** Recipients stored as a JSON array of strings, so that a display name with a comma survives. */
@Converter
public class AddressList extends JsonStringList {
}
