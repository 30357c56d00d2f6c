package org.bilet.tickets.contacts;

/** Who called whom: the customer called in, or staff called out. */
public enum CallDirection { INBOUND, OUTBOUND }
