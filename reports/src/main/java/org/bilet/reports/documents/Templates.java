package org.bilet.reports.documents;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled templates, each loaded from the jar once, when first asked for: a {@link
 * JasperReport} is immutable and filling does not change it, so every rendering shares it. Nothing
 * is compiled at run time; the build compiles {@code src/main/resources/reports/*.jrxml}.
 */
final class Templates {

    private final Map<ReportKind, JasperReport> loaded = new EnumMap<>(ReportKind.class);

    synchronized JasperReport of(ReportKind kind) {
        var template = loaded.get(kind);
        if (template == null) {
            template = load(kind);
            loaded.put(kind, template);
        }
        return template;
    }

    private static JasperReport load(ReportKind kind) {
        try (var in = Templates.class.getResourceAsStream(kind.template())) {
            if (in == null) {
                throw new ReportRenderingException("The compiled template " + kind.template()
                        + " is not on the class path; the build compiles it from src/main/resources/reports", null);
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("Cannot load the template " + kind.template(), e);
        }
    }
}
