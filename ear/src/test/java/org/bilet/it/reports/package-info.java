/** Scheduled report delivery end to end: subscriptions through the API, the watch run on a moved clock, mail read from GreenMail. */
package org.bilet.it.reports;
