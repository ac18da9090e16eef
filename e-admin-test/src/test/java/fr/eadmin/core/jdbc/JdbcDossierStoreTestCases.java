package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.test.contract.DossierStoreContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The dossier store contract and what is particular to the JDBC store; run on H2 and on PostgreSQL. */
abstract class JdbcDossierStoreTestCases extends DossierStoreContract {
    static final Instant CREATED = Instant.parse("2026-03-14T09:00:00Z");
    static final Instant UPDATED = Instant.parse("2026-03-15T16:30:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** @return the data source of the test class's database, with core's schema applied */
    abstract DataSource dataSource();

    @Override
    protected DossierStore newStore() {
        return JdbcDossierStore.create(dataSource(), Clock.fixed(CREATED, PARIS));
    }

    @Test
    void keepsTheVersionAndTimesNextToTheDocument() throws SQLException {
        UsagerId usager = UsagerId.random();
        store().create(DossierUsager.empty(usager));
        JdbcDossierStore.create(dataSource(), Clock.fixed(UPDATED, PARIS)).update(DossierUsager.empty(usager), 1);

        try (Connection connection = dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT version, document, created_at, updated_at FROM eadmin_dossier WHERE usager_id = ?")) {
            select.setObject(1, usager.value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong("version")).isEqualTo(2);
                assertThat(row.getString("document")).contains("\"usager\":\"" + usager + "\"");
                assertThat(row.getObject("created_at", OffsetDateTime.class).toInstant())
                        .isEqualTo(CREATED);
                assertThat(row.getObject("updated_at", OffsetDateTime.class).toInstant())
                        .isEqualTo(UPDATED);
            }
        }
    }

    @Test
    void reportsADocumentOfAnotherUsager() throws SQLException {
        UsagerId usager = UsagerId.random();
        UsagerId other = UsagerId.random();
        store().create(DossierUsager.empty(usager));
        try (Connection connection = dataSource().getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE eadmin_dossier SET document = ? WHERE usager_id = ?")) {
            update.setString(1, "{\"usager\":\"" + other + "\",\"pieces\":[]}");
            update.setObject(2, usager.value());
            update.executeUpdate();
        }

        assertThatThrownBy(() -> store().find(usager))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.aggregateId())
                        .isEqualTo(usager.toString()));
    }

    @Test
    void reportsADatabaseFailureByOperationAndSqlState() {
        DossierStore store = JdbcDossierStore.create(DriverManagerDataSource.of("jdbc:h2:mem:"), Clock.systemUTC());
        UsagerId usager = UsagerId.random();

        assertThatThrownBy(() -> store.create(DossierUsager.empty(usager)))
                .isInstanceOfSatisfying(DatabaseAccessException.class, e -> assertThat(e.operation())
                        .isEqualTo("create dossier " + usager));
    }
}
