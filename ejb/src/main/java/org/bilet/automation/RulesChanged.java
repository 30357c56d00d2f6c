package org.bilet.automation;

/** An administrator created, changed, reordered or deleted rules: cached rules are read again once it commits. */
record RulesChanged() {
}
