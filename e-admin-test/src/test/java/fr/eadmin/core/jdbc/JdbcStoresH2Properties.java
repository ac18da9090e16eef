package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.test.arbitraries.UsagerArbitraries;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any usager and any dossier come back from the JDBC stores exactly as they were stored (H2). */
class JdbcStoresH2Properties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:00:00Z"), ZoneId.of("Europe/Paris"));

    private static DataSource dataSource = DriverManagerDataSource.of("jdbc:h2:mem:unused");

    @BeforeContainer
    static void createDatabase() {
        dataSource = DriverManagerDataSource.of("jdbc:h2:mem:properties_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaInitializer.core().migrate(dataSource);
    }

    @AfterContainer
    static void dropDatabase() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Property(tries = 100)
    void storesAnyUsagerUnchanged(@ForAll("usagers") Usager usager) {
        UsagerStore store = JdbcUsagerStore.create(dataSource, CLOCK);

        store.create(usager);
        try {
            assertThat(store.find(usager.id())).contains(new Versioned<>(usager, 1));
            if (usager instanceof Foyer foyer) {
                for (MembreFoyer membre : foyer.membres()) {
                    assertThat(store.foyersOf(membre.individu())).contains(new Versioned<>(foyer, 1));
                }
            }
        } finally {
            store.delete(usager.id(), 1); // frees the SIRET or RNA number for the next tries
        }
    }

    @Property(tries = 50)
    void storesAnyDossierUnchanged(@ForAll("dossiers") DossierUsager dossier) {
        DossierStore store = JdbcDossierStore.create(dataSource, CLOCK);

        store.create(dossier);
        try {
            assertThat(store.find(dossier.usager())).contains(new Versioned<>(dossier, 1));
        } finally {
            store.delete(dossier.usager(), 1);
        }
    }

    @Provide
    Arbitrary<Usager> usagers() {
        return UsagerArbitraries.usagers();
    }

    @Provide
    Arbitrary<DossierUsager> dossiers() {
        return UsagerArbitraries.dossiers();
    }
}
