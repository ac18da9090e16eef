package fr.eadmin.examples;

import fr.eadmin.archive.jdbc.ArchiveSchema;
import fr.eadmin.core.jdbc.DriverManagerDataSource;
import fr.eadmin.core.jdbc.SchemaInitializer;
import fr.eadmin.identity.jdbc.IdentitySchema;
import fr.eadmin.payment.jdbc.PaymentSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The embedded defaults a town gets with zero infrastructure: an H2 file database holding the schema of
 * every module (core, identity, archive, payment), and a folder for the filesystem blob store.
 */
final class EmbeddedDefaults implements AutoCloseable {
    private final DataSource dataSource;
    private final Path dataFolder;
    private final Path blobFolder;
    private final Connection keeper;

    private EmbeddedDefaults(DataSource dataSource, Path dataFolder, Path blobFolder, Connection keeper) {
        this.dataSource = dataSource;
        this.dataFolder = dataFolder;
        this.blobFolder = blobFolder;
        this.keeper = keeper;
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
        // H2 closes a file database when its last connection closes, and opens it again on the next one: one
        // connection held while the defaults are open keeps the database open once for all the stores.
        Connection keeper;
        try {
            keeper = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IOException("cannot open the embedded database under " + dataFolder, e);
        }
        SchemaInitializer.core().migrate(dataSource);
        IdentitySchema.initializer().migrate(dataSource);
        ArchiveSchema.initializer().migrate(dataSource);
        PaymentSchema.initializer().migrate(dataSource);
        return new EmbeddedDefaults(dataSource, dataFolder, blobs, keeper);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** {@return the folder holding the database file, the blobs and the private folders} */
    Path dataFolder() {
        return dataFolder;
    }

    Path blobFolder() {
        return blobFolder;
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the embedded database", e);
        }
    }
}
