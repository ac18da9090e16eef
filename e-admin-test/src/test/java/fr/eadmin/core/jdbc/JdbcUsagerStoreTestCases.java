package fr.eadmin.core.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.test.contract.UsagerStoreContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The usager store contract and what is particular to the JDBC store; run on H2 and on PostgreSQL. */
abstract class JdbcUsagerStoreTestCases extends UsagerStoreContract {
    static final Instant CREATED = Instant.parse("2026-03-14T09:00:00Z");
    static final Instant UPDATED = Instant.parse("2026-03-15T16:30:00Z");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** @return the data source of the test class's database, with core's schema applied */
    abstract DataSource dataSource();

    @Override
    protected UsagerStore newStore() {
        return JdbcUsagerStore.create(dataSource(), Clock.fixed(CREATED, PARIS));
    }

    @Test
    void keepsTheLookupColumnsAndTimesNextToTheDocument() throws SQLException {
        Entreprise entreprise = new Entreprise(
                UsagerId.random(), Siret.parse("55210055400013"), "Garage SA", List.of(), null, Contact.NONE);
        store().create(entreprise);
        JdbcUsagerStore later = JdbcUsagerStore.create(dataSource(), Clock.fixed(UPDATED, PARIS));
        Entreprise moved = new Entreprise(
                entreprise.id(), Siret.parse("55210055400021"), "Garage SA", List.of(), null, Contact.NONE);

        later.update(moved, 1);

        try (Connection connection = dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT kind, version, siret, rna, document, created_at, updated_at"
                                + " FROM eadmin_usager WHERE id = ?")) {
            select.setObject(1, entreprise.id().value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("kind")).isEqualTo("ENTREPRISE");
                assertThat(row.getLong("version")).isEqualTo(2);
                assertThat(row.getString("siret")).isEqualTo("55210055400021");
                assertThat(row.getString("rna")).isNull();
                assertThat(row.getString("document"))
                        .startsWith("{\"type\":\"entreprise\"")
                        .contains("\"siret\":\"55210055400021\"");
                assertThat(row.getObject("created_at", OffsetDateTime.class).toInstant())
                        .isEqualTo(CREATED);
                assertThat(row.getObject("updated_at", OffsetDateTime.class).toInstant())
                        .isEqualTo(UPDATED);
            }
        }
    }

    @Test
    void listsTheMembersOfEachFoyerInTheSideTable() throws SQLException {
        UsagerId parent = UsagerId.random();
        UsagerId enfant = UsagerId.random();
        Foyer foyer = new Foyer(
                UsagerId.random(),
                "Famille Martin",
                List.of(
                        new MembreFoyer(parent, RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(enfant, RoleFoyer.ENFANT)),
                null,
                null);
        store().create(foyer);
        assertThat(membres(foyer.id())).containsExactlyInAnyOrder(parent.value(), enfant.value());

        store().update(foyer.withoutMembre(enfant), 1);
        assertThat(membres(foyer.id())).containsExactly(parent.value());

        store().delete(foyer.id(), 2);
        assertThat(membres(foyer.id())).isEmpty();
    }

    @Test
    void reportsADocumentItCannotReadWithoutQuotingIt() throws SQLException {
        Entreprise entreprise = new Entreprise(
                UsagerId.random(), Siret.parse("73282932000074"), "Boulangerie", List.of(), null, Contact.NONE);
        try (Connection connection = dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO eadmin_usager (id, kind, version, document, created_at, updated_at)"
                                + " VALUES (?, 'INDIVIDU', 1, ?, ?, ?)")) {
            insert.setObject(1, entreprise.id().value());
            insert.setString(2, "{\"type\":\"martien\",\"nom\":\"Secret Dupont\"}");
            insert.setObject(3, OffsetDateTime.now(Clock.fixed(CREATED, PARIS)));
            insert.setObject(4, OffsetDateTime.now(Clock.fixed(CREATED, PARIS)));
            insert.executeUpdate();
        }

        assertThatThrownBy(() -> store().find(entreprise.id()))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.aggregateType()).isEqualTo("usager");
                    assertThat(e.aggregateId()).isEqualTo(entreprise.id().toString());
                })
                .message()
                .doesNotContain("Secret");
    }

    @Test
    void reportsADatabaseFailureByOperationAndSqlState() {
        DataSource empty = DriverManagerDataSource.of("jdbc:h2:mem:");
        UsagerStore store = JdbcUsagerStore.create(empty, Clock.fixed(CREATED, PARIS));
        UsagerId id = UsagerId.random();

        assertThatThrownBy(() -> store.find(id))
                .isInstanceOfSatisfying(DatabaseAccessException.class, e -> {
                    assertThat(e.operation()).isEqualTo("find usager " + id);
                    assertThat(e.sqlState()).isNotBlank();
                })
                .hasCauseInstanceOf(SQLException.class);
    }

    private List<UUID> membres(UsagerId foyer) throws SQLException {
        List<UUID> membres = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT membre_id FROM eadmin_foyer_membre WHERE foyer_id = ?")) {
            select.setObject(1, foyer.value());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    membres.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return membres;
    }
}
