/**
 * Scheduled delivery: managers subscribe to a report ({@link org.bilet.reports.delivery.ReportSubscription}:
 * daily, weekly or monthly, in a time zone, for a filter, to recipients also outside Bilet);
 * {@link org.bilet.reports.delivery.ReportWatch} renders each period once it has ended and queues it
 * in the outbox with the PDF attached, in the transaction that records the delivery, so a period
 * is delivered once across restarts and crashes and missed periods are caught up.
 */
package org.bilet.reports.delivery;
