package org.bilet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    @Test
    void a_sealed_secret_opens_again_and_never_seals_the_same_twice() {
        var box = box(SecretBox.keyBytes("", dataDir.resolve("secret.key")));
        var sealed = box.seal("Hasło-ąę 🔑");
        assertThat(sealed).doesNotContain("Hasło");
        assertThat(box.seal("Hasło-ąę 🔑")).isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo("Hasło-ąę 🔑");
    }

    @Test
    void the_key_made_in_the_data_directory_is_its_owners_alone_and_kept_across_starts() throws Exception {
        var file = dataDir.resolve("secret.key");
        var first = SecretBox.keyBytes(null, file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretBox.keyBytes(null, file)).isEqualTo(first);
    }

    @Test
    void a_secret_changed_or_sealed_under_another_key_is_refused() {
        var box = box(SecretBox.keyBytes("", dataDir.resolve("secret.key")));
        var sealed = Base64.getDecoder().decode(box.seal("secret"));
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open(Base64.getEncoder().encodeToString(sealed))).isInstanceOf(IllegalStateException.class);

        var other = box(SecretBox.keyBytes(Base64.getEncoder().encodeToString(new byte[32]), dataDir.resolve("unused")));
        assertThatThrownBy(() -> other.open(box.seal("secret"))).hasMessageContaining("BILET_SECRET_KEY");
    }

    @Test
    void a_configured_key_of_the_wrong_size_says_how_to_make_one() {
        assertThatThrownBy(() -> SecretBox.keyBytes("c2hvcnQ=", dataDir.resolve("x"))).hasMessageContaining("32 bytes");
    }

    private static SecretBox box(byte[] key) {
        var box = new SecretBox();
        box.key = new SecretKeySpec(key, "AES");
        return box;
    }
}
