package org.bilet.imports;

import java.util.Objects;

/**
 * One uploaded file and what it holds: {@code role} is {@code users}, {@code tickets} or
 * {@code messages}; the name is the one the caller gave, used in every bad row.
 */
public record ImportFile(String role, String name, byte[] content) {

    public ImportFile {
        Objects.requireNonNull(role);
        Objects.requireNonNull(name);
        Objects.requireNonNull(content);
    }
}
