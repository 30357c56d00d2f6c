package org.bilet.web.tickets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.NumberFormat;
import org.bilet.web.session.Texts;

/** File sizes as people read them, in their language: "820 KB", "1.5 MB". */
@Named("fileSize")
@RequestScoped
public class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    public String of(long bytes) {
        if (bytes < KB) {
            return Texts.text("size.bytes", Long.toString(bytes));
        }
        if (bytes < MB) {
            return Texts.text("size.kilobytes", number(bytes, KB));
        }
        if (bytes < GB) {
            return Texts.text("size.megabytes", number(bytes, MB));
        }
        return Texts.text("size.gigabytes", number(bytes, GB));
    }

    /** One decimal below ten units ("1.5 MB"), whole units above ("12 MB"). */
    private static String number(long bytes, long unit) {
        var value = (double) bytes / unit;
        var format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return format.format(value);
    }
}
