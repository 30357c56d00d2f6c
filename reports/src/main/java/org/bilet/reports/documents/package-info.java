/**
 * The KPI reports as documents managers read and keep: {@link org.bilet.reports.documents.ReportDocuments}
 * fills JasperReports templates compiled at build time with a {@link org.bilet.reports.kpi.KpiReport},
 * in the reader's language with fonts embedded, and exports PDF or XLSX, or writes the figures as a
 * tidy CSV table. It reads no database, so the API, screens and scheduled mail share it.
 */
package org.bilet.reports.documents;
