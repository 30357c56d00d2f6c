package org.bilet.reports.delivery;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.bilet.reports.documents.ReportKind;
import org.bilet.reports.kpi.KpiFilter;

/** The words of a scheduled report's mail, in the subscription's language (the bundle {@code delivery} beside this class). */
record DeliveryLetter(ReportKind report, KpiFilter period, Locale locale) {

    private static final String BUNDLE = "org.bilet.reports.delivery.delivery";

    String subject() {
        return say("subject");
    }

    String text() {
        return say("greeting") + "\n\n" + say("body") + "\n\n-- \n" + say("signature") + "\n";
    }

    private String say(String key) {
        var bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return new MessageFormat(bundle.getString(key), locale).format(new Object[]{
                bundle.getString("report." + report.urlName()), dates.format(period.from()), dates.format(period.to())});
    }
}
