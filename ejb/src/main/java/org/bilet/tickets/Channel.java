package org.bilet.tickets;

/**
 * How a ticket or a change reached Bilet; SYSTEM is work Bilet did itself (timers, rules); IMPORT is
 * history brought over from another help desk (see {@link Actors#imported}), which nobody is told
 * about and no rule or routing acts on.
 */
public enum Channel {
    WEB, EMAIL, PHONE, CHAT, API, SYSTEM, IMPORT
}
