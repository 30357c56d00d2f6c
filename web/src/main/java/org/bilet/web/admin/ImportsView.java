package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bilet.imports.CsvTable;
import org.bilet.imports.ImportFile;
import org.bilet.imports.ImportJobInfo;
import org.bilet.imports.ImportSource;
import org.bilet.imports.Imports;
import org.bilet.web.session.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * /admin/imports: choose a source and a kind, upload the file (and for tickets their messages),
 * check it with a dry run or import it; the job's progress polls until it is done, then its bad
 * rows are listed; past imports below, each can be shown again.
 */
@Named
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A file as uploaded, waiting for the run. */
    public record Upload(String name, byte[] content) implements Serializable {
        public long size() {
            return content.length;
        }
    }

    @Inject
    Imports imports;

    private String source = ImportSource.RT.key();
    private String kind = "users";
    private String timeZone = "UTC";
    private Upload main;
    private Upload messages;
    private ImportJobInfo job;
    private List<ImportJobInfo> past;

    @PostConstruct
    void load() {
        past = imports.newest();
    }

    public List<ImportSource> getSources() {
        return List.of(ImportSource.values());
    }

    public void receiveMain(FileUploadEvent event) throws IOException {
        main = upload(event);
    }

    public void receiveMessages(FileUploadEvent event) throws IOException {
        messages = upload(event);
    }

    private static Upload upload(FileUploadEvent event) throws IOException {
        var file = event.getFile();
        try (var in = file.getInputStream()) {
            return new Upload(file.getFileName(), in.readNBytes(CsvTable.MAX_BYTES + 1));
        }
    }

    public void dryRun() {
        run(true);
    }

    public void importFiles() {
        run(false);
    }

    private void run(boolean dryRun) {
        if (main == null) {
            Texts.error("imports:file", "imports.file.missing");
            return;
        }
        var files = new ArrayList<ImportFile>();
        files.add(new ImportFile(kind, main.name(), main.content()));
        if (kind.equals("tickets") && messages != null) {
            files.add(new ImportFile("messages", messages.name(), messages.content()));
        }
        var started = AdminPage.attempt("imports", () -> imports.start(source, kind, dryRun, timeZone, files));
        if (started != null) {
            job = started;
            past = imports.newest();
        }
    }

    /** The poll: the job as it is now; the list of past imports once it is done. */
    public void refresh() {
        if (job != null) {
            job = imports.find(job.id());
            if (job.state().finished()) {
                past = imports.newest();
            }
        }
    }

    public void show(ImportJobInfo chosen) {
        job = imports.find(chosen.id());
    }

    public void clearFiles() {
        main = null;
        messages = null;
    }

    public boolean isRunning() {
        return job != null && !job.state().finished();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Upload getMain() {
        return main;
    }

    public Upload getMessages() {
        return messages;
    }

    public ImportJobInfo getJob() {
        return job;
    }

    public List<ImportJobInfo> getPast() {
        return past;
    }

    public long getMaxBytes() {
        return CsvTable.MAX_BYTES;
    }
}
