package org.bilet.sla;

/** Fired where SLA policies are created, changed or deleted, so that the kept choices are read again. */
public record SlaPoliciesChanged() {
}
