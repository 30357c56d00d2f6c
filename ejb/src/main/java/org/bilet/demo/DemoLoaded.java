package org.bilet.demo;

/**
 * The demo has been written, in the transaction that wrote it. Its tickets' history was written as
 * the past, without publishing each change: capabilities that keep their own records of ticket
 * changes (the reports' per-ticket figures) catch up from the history here.
 */
public record DemoLoaded(int tickets) {
}
