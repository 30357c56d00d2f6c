/**
 * Service level promises measured in business time, not wall time: a ticket opened on Friday
 * evening is not late on Monday morning. Calendars and clocks are plain immutable values, so their
 * arithmetic (nights, weekends, holidays, daylight saving changes) is tested without a container;
 * the ticket will embed its clocks and drive them from its own events.
 */
package org.bilet.sla;
