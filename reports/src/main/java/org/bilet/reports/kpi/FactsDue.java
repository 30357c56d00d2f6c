package org.bilet.reports.kpi;

/** Fired once a transaction owes ticket facts, so that they are written before it commits. */
record FactsDue() {
}
