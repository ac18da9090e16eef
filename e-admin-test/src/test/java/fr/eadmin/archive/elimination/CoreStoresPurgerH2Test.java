package fr.eadmin.archive.elimination;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.archive.spi.PurgeOutcome;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.jdbc.JdbcDossierStore;
import fr.eadmin.core.jdbc.JdbcUsagerStore;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.test.db.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The purger over core's stores works on the JDBC stores as on the in-memory ones: through their SPI. */
class CoreStoresPurgerH2Test {
    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    final MutableClock clock = MutableClock.at(Instant.parse("2036-04-01T08:00:00Z"));

    @Test
    void purgesTheUsagerAndItsDossierFromTheDatabase() {
        JdbcUsagerStore usagers = JdbcUsagerStore.create(db.dataSource(), clock);
        JdbcDossierStore dossiers = JdbcDossierStore.create(db.dataSource(), clock);
        Individu individu = Individu.builder()
                .nomNaissance("Martin")
                .prenoms("Léa")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(2015, 5, 4))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("78383"), "Maurepas"))
                .build(clock);
        usagers.create(individu);
        dossiers.create(DossierUsager.empty(individu.id()));
        EliminationItem item = new EliminationItem(
                "usager", individu.id().toString(), "inscription-scolaire", LocalDate.of(2036, 3, 20));
        CoreStoresPurger purger = CoreStoresPurger.of(usagers, dossiers);

        assertThat(purger.purge(item)).isEqualTo(PurgeOutcome.PURGED);
        assertThat(usagers.find(individu.id())).isEmpty();
        assertThat(dossiers.find(individu.id())).isEmpty();
        assertThat(purger.purge(item)).isEqualTo(PurgeOutcome.ALREADY_ABSENT);
    }
}
