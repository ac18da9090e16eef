package fr.eadmin.examples;

import fr.eadmin.archive.jdbc.ArchiveSchema;
import fr.eadmin.core.jdbc.DriverManagerDataSource;
import fr.eadmin.core.jdbc.SchemaInitializer;
import fr.eadmin.identity.jdbc.IdentitySchema;
import fr.eadmin.payment.jdbc.PaymentSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The embedded defaults a town gets with zero infrastructure: an H2 file database holding the schema of
 * every module (core, identity, archive, payment), and a folder for the filesystem blob store.
 */
final class EmbeddedDefaults implements AutoCloseable {
    private final DataSource dataSource;
    private final Path blobFolder;

    private EmbeddedDefaults(DataSource dataSource, Path blobFolder) {
        this.dataSource = dataSource;
        this.blobFolder = blobFolder;
    }

    /**
     * Opens (creating if needed) the database and blob folder under a data folder, and applies the schema.
     *
     * @param dataFolder the folder holding the database file and the blobs
     * @return the defaults
     * @throws IOException if the folders cannot be created
     */
    static EmbeddedDefaults open(Path dataFolder) throws IOException {
        Files.createDirectories(dataFolder);
        Path blobs = Files.createDirectories(dataFolder.resolve("blobs"));
        String url = "jdbc:h2:file:" + dataFolder.toAbsolutePath().resolve("eadmin");
        DataSource dataSource = DriverManagerDataSource.of(url, "sa", "");
        SchemaInitializer.core().migrate(dataSource);
        IdentitySchema.initializer().migrate(dataSource);
        ArchiveSchema.initializer().migrate(dataSource);
        PaymentSchema.initializer().migrate(dataSource);
        return new EmbeddedDefaults(dataSource, blobs);
    }

    DataSource dataSource() {
        return dataSource;
    }

    Path blobFolder() {
        return blobFolder;
    }

    @Override
    public void close() {
        // H2 closes a file database when its last connection closes; nothing is held open here.
    }
}
