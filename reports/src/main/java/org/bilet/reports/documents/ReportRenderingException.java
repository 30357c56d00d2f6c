package org.bilet.reports.documents;

/** A report could not be rendered: a template missing from the jar, or JasperReports failing to fill or export it. */
public class ReportRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
