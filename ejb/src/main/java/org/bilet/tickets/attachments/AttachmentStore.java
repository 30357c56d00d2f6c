package org.bilet.tickets.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.bilet.platform.Settings;
import org.bilet.platform.TooLargeException;

/**
 * Keeps attachment contents on disk under the data directory, content-addressed by SHA-256.
 * The content type is detected from the bytes (and the name), never taken from the client.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Tika TIKA = new Tika();

    @Inject
    Settings settings;

    /** Streams the content in, refusing it as soon as it passes the size limit. */
    public StoredFile store(InputStream content, String fileName) {
        var limit = settings.attachmentMaxBytes();
        try {
            var root = Files.createDirectories(settings.attachmentDirectory());
            var temp = Files.createTempFile(Files.createDirectories(root.resolve("incoming")), "upload-", ".part");
            try {
                var digest = MessageDigest.getInstance("SHA-256");
                long size;
                try (var out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                    size = copyAtMost(content, out, limit);
                }
                var sha256 = HexFormat.of().formatHex(digest.digest());
                var contentType = detect(temp, fileName);
                var target = pathOf(sha256);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return new StoredFile(sha256, size, contentType);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + fileName, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public Path pathOf(String sha256) {
        return settings.attachmentDirectory().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        var buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
            if (total > limit) {
                throw new TooLargeException("The file is larger than the limit of " + limit + " bytes ("
                        + (limit / (1024 * 1024)) + " MiB).");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static String detect(Path file, String fileName) throws IOException {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (var in = TikaInputStream.get(file)) {
            return TIKA.detect(in, metadata);
        }
    }
}
