/** The managers' dashboard: the KPIs of {@code org.bilet.reports.kpi} for a period and team, with charts and drill-down. */
package org.bilet.web.reports;
