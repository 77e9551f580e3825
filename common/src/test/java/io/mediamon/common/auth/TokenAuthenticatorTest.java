package io.mediamon.common.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.common.config.ConfigException;
import io.mediamon.common.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenAuthenticatorTest {
    private static final String INGEST = "ingest-0123456789abcdef";
    private static final String OLD_INGEST = "ingest-old-0123456789abcdef";
    private static final String ADMIN = "admin-0123456789abcdef";
    private static final String READ = "read-0123456789abcdef";

    @Test
    void shouldGrantEachScopeAndLetAdminRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "# comment\nread " + READ + "\n\n");
        Settings settings = Settings.from(Map.of("MEDIAMON_INGEST_TOKEN", INGEST + ", " + OLD_INGEST,
                "MEDIAMON_ADMIN_TOKEN", ADMIN, "MEDIAMON_TOKENS_FILE", file.toString()));
        TokenAuthenticator auth = TokenAuthenticator.from(settings);
        settings.validate();

        assertThat(auth.isOpen()).isFalse();
        assertThat(auth.authorize("Bearer " + INGEST, Scope.INGEST).allowed()).isTrue();
        assertThat(auth.authorize("Bearer " + OLD_INGEST, Scope.INGEST).allowed()).isTrue();
        assertThat(auth.authorize("bearer " + ADMIN, Scope.READ).allowed()).isTrue();
        assertThat(auth.authorize("Bearer " + READ, Scope.READ).allowed()).isTrue();
        assertThat(auth.authorize("Bearer " + READ, Scope.ADMIN).status()).isEqualTo(403);
        assertThat(auth.authorize("Bearer " + INGEST, Scope.READ).status()).isEqualTo(403);
        assertThat(auth.authorize(null, Scope.READ).status()).isEqualTo(401);
        assertThat(auth.authorize("Basic abc", Scope.READ).status()).isEqualTo(401);
        assertThat(auth.authorize("Bearer wrong-token-000000000", Scope.READ).status()).isEqualTo(401);
        assertThat(auth.authorize(null, null).allowed()).isTrue();
    }

    @Test
    void shouldBeOpenWithoutTokensAndRefuseShortOnes() {
        assertThat(TokenAuthenticator.from(Settings.from(Map.of())).isOpen()).isTrue();
        Settings settings = Settings.from(Map.of("MEDIAMON_ADMIN_TOKEN", "short"));
        TokenAuthenticator.from(settings);
        Assertions.assertThatThrownBy(settings::validate).isInstanceOf(ConfigException.class)
                .hasMessageContaining("at least 16 characters");
    }

    @Test
    void shouldKeepOnlyHashes() {
        TokenAuthenticator auth = TokenAuthenticator.of(Map.of(Scope.ADMIN, java.util.List.of(ADMIN)));
        assertThat(auth.toString()).doesNotContain(ADMIN);
        assertThat(TokenAuthenticator.hash(ADMIN)).hasSize(64).doesNotContain(ADMIN);
    }
}
