package org.bilet.tickets;

/** How a ticket or a change reached Bilet; SYSTEM is work Bilet did itself (timers, rules). */
public enum Channel {
    WEB, EMAIL, PHONE, CHAT, API, SYSTEM
}
