package org.bilet.worklog;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Every active staff member's load at one moment; {@code priorities} are the codes, most urgent first. */
public record WorkloadReport(Instant at, String timeZone, List<String> priorities, List<AgentLoad> agents) implements Serializable {
}
