/**
 * The API's latency as a timer per method, endpoint and status. The endpoint is the template the
 * request matched ({@code /api/tickets/{number}}), never the address as sent: a label per ticket
 * number would grow without end and tell who asked for what.
 */
package org.bilet.web.metrics;
