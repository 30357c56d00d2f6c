package org.bilet.tickets;

/** How a ticket or a change reached Bilet. */
public enum Channel {
    WEB, EMAIL, PHONE, CHAT, API
}
