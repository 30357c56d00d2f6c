package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bilet.worklog.AgentLoad;
import org.bilet.worklog.Workload;
import org.bilet.worklog.WorkloadReport;

/** The managers' workload screen (web.xml lets only managers and administrators in; the service checks again). */
@Named
@ViewScoped
public class WorkloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workload workload;

    private WorkloadReport report;

    public WorkloadReport getReport() {
        if (report == null) {
            report = workload.now();
        }
        return report;
    }

    public void refresh() {
        report = null;
    }

    /** The widest bar of the chart: the most open tickets anyone has (at least one, to divide by). */
    public long getMostOpen() {
        return Math.max(1, getReport().agents().stream().mapToLong(AgentLoad::open).max().orElse(1));
    }

    /** How much of the bar's width a count takes, in percent. */
    public double share(long count) {
        return 100.0 * count / getMostOpen();
    }
}
