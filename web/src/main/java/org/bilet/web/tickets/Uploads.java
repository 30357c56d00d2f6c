package org.bilet.web.tickets;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bilet.platform.BiletException;
import org.bilet.tickets.attachments.StagedFile;
import org.bilet.tickets.attachments.TicketAttachments;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.primefaces.event.FileUploadEvent;

/**
 * Files a form has received but not sent yet, for every screen that takes files (the portal's new
 * ticket and reply, the desk's reply and note). They arrive one by one while the person is still
 * writing, before the ticket or reply they belong to exists, so they wait in temporary files rather
 * than in the view state: checked against the attachment limit as they arrive (a file over it is
 * never kept), staged when the form is sent so that the ticket or reply and its files are saved in
 * one transaction, and deleted once that succeeded or when the page is left. A refused send keeps them.
 */
@Dependent
public class Uploads implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A file waiting to be attached; {@code path} is the temporary copy on the server. */
    public record Upload(String fileName, long size, String path) implements Serializable {
    }

    @Inject
    TicketAttachments attachments;

    @Inject
    FileSizes sizes;

    private final List<Upload> files = new ArrayList<>();
    private long maxBytes = -1;

    public long getMaxBytes() {
        if (maxBytes < 0) {
            maxBytes = attachments.maxBytes();
        }
        return maxBytes;
    }

    public List<Upload> getFiles() {
        return List.copyOf(files);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** The upload component's listener: keeps the file, or says next to the component why not. */
    public void receive(FileUploadEvent event) throws IOException {
        var file = event.getFile();
        try (var content = file.getInputStream()) {
            if (!keep(file.getFileName(), file.getSize(), content)) {
                Texts.error(event.getComponent().getClientId(), "upload.tooLarge", file.getFileName(), getLimit());
            }
        }
    }

    /** The limit as people read it: "10 MB". */
    public String getLimit() {
        return sizes.of(getMaxBytes());
    }

    /** Keeps the file until the form is sent; false, keeping nothing, when it is over the limit. */
    public boolean keep(String fileName, long declaredSize, InputStream content) throws IOException {
        if (declaredSize > getMaxBytes()) {
            return false;
        }
        var temp = Files.createTempFile("bilet-upload-", ".part");
        try {
            long size;
            try (var out = Files.newOutputStream(temp)) {
                size = copyAtMost(content, out, getMaxBytes());
            }
            if (size < 0) {
                Files.delete(temp);
                return false;
            }
            // Choosing the same file again replaces it rather than attaching it twice.
            files.stream().filter(kept -> kept.fileName().equals(fileName)).toList().forEach(this::remove);
            files.add(new Upload(fileName, size, temp.toString()));
            return true;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    public void remove(Upload upload) {
        if (files.remove(upload)) {
            delete(upload);
        }
    }

    /** Whether every kept file is still within the limit: checked again before anything is saved. */
    private boolean withinLimit() {
        return files.stream().allMatch(upload -> upload.size() <= getMaxBytes());
    }

    /**
     * Streams every kept file into the attachment store, to go with the ticket or reply in the one
     * call that sends it. When a file is over the limit, or the store refuses one (too large, a bad
     * name), this says so at {@code filesClientId} and returns null: nothing is sent, and the kept
     * files stay for another try. The temporary copies stay too until {@link #clear()}, since the
     * send itself may still be refused.
     */
    public List<StagedFile> stage(String formId, String filesClientId) {
        if (!withinLimit()) {
            Texts.error(filesClientId, "upload.overLimit", getLimit());
            return null;
        }
        var staged = new ArrayList<StagedFile>();
        for (var upload : files) {
            var file = Refusals.inForm(formId)
                    .on(BiletException.class, refused -> Texts.error(filesClientId, "upload.notStaged", upload.fileName(),
                            refused.getMessage()))
                    .attempt(() -> stage(upload));
            if (file == null) {
                return null;
            }
            staged.add(file);
        }
        return staged;
    }

    private StagedFile stage(Upload upload) {
        try (var content = Files.newInputStream(Path.of(upload.path()))) {
            return attachments.stage(upload.fileName(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every kept file and deletes its temporary copy: once they are attached, or when the page is left. */
    @PreDestroy
    public void clear() {
        files.forEach(Uploads::delete);
        files.clear();
    }

    /** Copies and returns the number of bytes, or -1 as soon as there are more than {@code limit}. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static void delete(Upload upload) {
        try {
            Files.deleteIfExists(Path.of(upload.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
