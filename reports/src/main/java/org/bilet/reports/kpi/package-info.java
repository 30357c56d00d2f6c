/**
 * The KPIs of the service desk, each defined once ({@code docs/kpi.md}) and computed in the
 * database by grouped queries: {@link org.bilet.reports.kpi.Kpis} answers a {@link
 * org.bilet.reports.kpi.KpiFilter} with a {@link org.bilet.reports.kpi.KpiReport}, which the API,
 * the dashboard and every JasperReports template read. {@link org.bilet.reports.kpi.TicketFacts}
 * keeps the per-ticket counts the KPIs need (staff replies, reopenings) current as tickets change.
 */
package org.bilet.reports.kpi;
