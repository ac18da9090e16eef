package fr.eadmin.archive.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArchiveSchemaTest {
    @Test
    void theListedScriptsAreTheScriptsOfTheFolder() throws IOException, URISyntaxException {
        URL folder = ArchiveSchema.class.getClassLoader().getResource("db/migration/" + ArchiveSchema.MODULE);
        assertThat(folder).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(ArchiveSchema.SCRIPTS);
        }
        assertThat(ArchiveSchema.initializer().location()).isEqualTo("db/migration/e-admin-archive");
    }
}
