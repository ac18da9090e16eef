package fr.eadmin.identity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdentitySchemaTest {
    @Test
    void listsEveryScriptOfTheFolderInVersionOrder() throws IOException, URISyntaxException {
        URL folder = IdentitySchema.class.getResource("/db/migration/" + IdentitySchema.MODULE);
        assertThat(folder).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(IdentitySchema.SCRIPTS);
        }
        assertThat(IdentitySchema.initializer().scriptNames()).containsExactlyElementsOf(IdentitySchema.SCRIPTS);
        assertThat(IdentitySchema.initializer().module()).isEqualTo("e-admin-identity");
    }
}
