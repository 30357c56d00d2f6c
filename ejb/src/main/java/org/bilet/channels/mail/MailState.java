package org.bilet.channels.mail;

/** Where a message stands: waiting for an attempt, handed to the SMTP server, or given up. */
public enum MailState { QUEUED, SENT, FAILED }
