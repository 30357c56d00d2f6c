/**
 * Bilet's own metrics, next to WildFly's: counters bumped after the commit of what they count
 * (tickets opened, SLA breaches, sign-in lockouts) and gauges of backlogs read by one grouped query
 * every half minute (open tickets per queue, mail waiting in the outbox). Meters go to the
 * {@code MeterRegistry} the server's micrometer subsystem gives the deployment, which serves them in
 * the Prometheus format on the management interface. That registry takes meters only through its
 * shorthand methods ({@code counter(name, tags)}, {@code timer(name, tags)}, {@code gauge(…)}):
 * a meter built with {@code Counter.builder(…).register(registry)} stays in a private registry of the
 * deployment that nothing exports, and {@code config()} is refused. Labels are low-cardinality names only
 * (channel, team key, promise, scope): never a person, an address or anything a ticket says.
 */
package org.bilet.metrics;
