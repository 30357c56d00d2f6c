package org.bilet.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets Bilet has to use again later (a mailbox's password), so that the database
 * alone, or a backup of it, does not give them away. AES-256-GCM under BILET_SECRET_KEY, or under a
 * key made once in the data directory ({@value #KEY_FILE}, readable by its owner only) when none is
 * configured; several nodes share the key through that variable or that directory.
 */
@ApplicationScoped
public class SecretBox {

    static final String KEY_FILE = "secret.key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Settings settings;

    // Package-private for its test.
    SecretKeySpec key;

    @PostConstruct
    void init() {
        key = new SecretKeySpec(keyBytes(settings.secretKey(), settings.dataDirectory().resolve(KEY_FILE)), "AES");
    }

    /** Base64 of a fresh nonce and the ciphertext with its tag: the same secret never encrypts the same twice. */
    public String seal(String secret) {
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt with AES-GCM", e);
        }
    }

    /** The secret {@link #seal} sealed; refuses one sealed under another key or changed since. */
    public String open(String sealed) {
        try {
            var bytes = Base64.getDecoder().decode(sealed);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret cannot be read with this server's key (BILET_SECRET_KEY changed?)", e);
        }
    }

    static byte[] keyBytes(String configured, Path keyFile) {
        if (configured != null && !configured.isBlank()) {
            return decodeKey(configured.strip(), "BILET_SECRET_KEY");
        }
        try {
            if (!Files.exists(keyFile)) {
                var fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(keyFile.getParent());
                try {
                    Files.writeString(Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                            Base64.getEncoder().encodeToString(fresh));
                } catch (FileAlreadyExistsException raced) {
                    // Another node or thread made it first: use theirs.
                } catch (UnsupportedOperationException notPosix) {
                    Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
                }
            }
            return decodeKey(Files.readString(keyFile).strip(), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the secret key " + keyFile, e);
        }
    }

    private static byte[] decodeKey(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(where + " must hold 32 bytes (256 bits) in Base64, e.g. from `openssl rand -base64 32`");
        }
        return bytes;
    }
}
