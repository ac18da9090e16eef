package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaInitializerTest {
    @Test
    void listsEveryCoreScriptOfTheFolderAndOnlyThem() throws IOException, URISyntaxException {
        SchemaInitializer core = SchemaInitializer.core();
        URL folder = Objects.requireNonNull(SchemaInitializer.class.getResource("/" + core.location()));

        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            shipped = files.map(path -> path.getFileName().toString()).sorted().toList();
        }

        assertThat(core.scriptNames()).containsExactlyInAnyOrderElementsOf(shipped);
    }

    @Test
    void givesCoreTheVersionsOne() {
        SchemaInitializer core = SchemaInitializer.core();

        assertThat(core.module()).isEqualTo("e-admin-core");
        assertThat(core.location()).isEqualTo("db/migration/e-admin-core");
        assertThat(core.scriptNames()).isNotEmpty().allMatch(name -> name.startsWith("V1_"));
    }

    @Test
    void ordersScriptsByVersionNumbersNotText() {
        SchemaInitializer initializer = SchemaInitializer.of(
                "e-admin-forms",
                SchemaInitializerTest.class,
                List.of("V2_10__later.sql", "V2_2__second.sql", "V2_1__first.sql", "V3__other.sql"));

        assertThat(initializer.scriptNames())
                .containsExactly("V2_1__first.sql", "V2_2__second.sql", "V2_10__later.sql", "V3__other.sql");
    }

    @Test
    void refusesNamesThatAreNotVersionedScripts() {
        for (String name :
                List.of("1_1__x.sql", "V1_1_x.sql", "V1_1__x.SQL", "V1.1__x.sql", "V__x.sql", "V1_1__.sql")) {
            assertThatThrownBy(() -> SchemaInitializer.of("e-admin-x", SchemaInitializerTest.class, List.of(name)))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesTwoScriptsWithTheSameVersion() {
        assertThatThrownBy(() -> SchemaInitializer.of(
                        "e-admin-x", SchemaInitializerTest.class, List.of("V1_1__a.sql", "V1_01__b.sql")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.1");
    }

    @Test
    void refusesModuleNamesThatAreNotFolderNames() {
        for (String module : List.of("", "E-admin", "e_admin", "e-admin/../x", "-e", "e-", "a".repeat(101))) {
            assertThatThrownBy(() -> SchemaInitializer.of(module, SchemaInitializerTest.class, List.of()))
                    .as(module)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
