package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.usager.Certification;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.identity.franceconnect.local.LocalOpenIdProvider;
import fr.eadmin.test.arbitraries.UsagerArbitraries;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any individu FranceConnect can describe comes back from a login as itself, every attribute certified
 * FranceConnect: prénoms (FranceConnect separates them by spaces, so a prénom has none), nom de naissance,
 * nom d'usage, sex, date and place of birth.
 */
class IdentitePivotProperties {
    private static final URI REDIRECT = URI.create("https://portail.ville-test.fr/callback");
    private static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LocalOpenIdProvider PROVIDER = LocalOpenIdProvider.create("https://fc.local", CLOCK, RANDOM);
    private static final FranceConnectClient CLIENT;
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    static {
        PROVIDER.registerClient("portail", "secret", REDIRECT);
        CLIENT = FranceConnectClient.create(
                FranceConnectSettings.builder()
                        .endpoints(PROVIDER.endpoints())
                        .clientId("portail")
                        .clientSecret("secret")
                        .redirectUri(REDIRECT)
                        .scopes(List.of(
                                "given_name",
                                "family_name",
                                "birthdate",
                                "gender",
                                "birthplace",
                                "birthcountry",
                                "preferred_username"))
                        .build(),
                PROVIDER,
                new InMemoryPendingLoginStore(),
                CLOCK,
                RANDOM);
    }

    @Provide
    Arbitrary<Individu> describable() {
        return UsagerArbitraries.individus().filter(i -> i.prenoms().stream().noneMatch(p -> p.contains(" ")));
    }

    @Property(tries = 200)
    void comesBackAsItselfCertifiedByFranceConnect(@ForAll("describable") Individu individu) {
        String person = "person-" + PEOPLE.incrementAndGet();
        PROVIDER.addIdentity(person, claims(individu));
        AuthorizationRequest request = CLIENT.begin();

        FranceConnectOutcome outcome =
                CLIENT.complete(request.pendingLogin().state(), PROVIDER.authorize(request.uri(), person));

        assertThat(outcome).isInstanceOf(FranceConnectOutcome.Authenticated.class);
        IdentitePivot identity =
                ((FranceConnectOutcome.Authenticated) outcome).login().identity();
        assertThat(identity).isNotNull();
        Individu back = identity.toIndividu(individu.id(), CLOCK.instant(), namesOf(individu.lieuNaissance()));
        Individu expected = Individu.builder()
                .id(individu.id())
                .nomNaissance(individu.nomNaissance())
                .nomUsage(individu.nomUsage())
                .prenoms(individu.prenoms())
                .sexe(individu.sexe())
                .dateNaissance(individu.dateNaissance())
                .lieuNaissance(withoutVille(individu.lieuNaissance()))
                .contact(Contact.NONE)
                .certificationOfAll(Certification.franceConnect(CLOCK.instant()))
                .build(CLOCK);
        assertThat(back).isEqualTo(expected);
    }

    private static Map<String, String> claims(Individu individu) {
        LieuNaissance lieu = individu.lieuNaissance();
        String commune =
                lieu instanceof LieuNaissance.EnFrance france ? france.commune().value() : "";
        String pays = lieu instanceof LieuNaissance.AEtranger etranger
                ? etranger.codePaysInsee()
                : LieuNaissance.AEtranger.CODE_FRANCE;
        Map<String, String> claims = new HashMap<>(LocalOpenIdProvider.pivot(
                String.join(" ", individu.prenoms()),
                individu.nomNaissance(),
                individu.dateNaissance().toString(),
                individu.sexe() == Sexe.FEMININ ? "female" : "male",
                commune,
                pays));
        if (individu.nomUsage() != null) {
            claims.put("preferred_username", individu.nomUsage());
        }
        return claims;
    }

    /** FranceConnect gives no town of birth abroad. */
    private static LieuNaissance withoutVille(LieuNaissance lieu) {
        return lieu instanceof LieuNaissance.AEtranger etranger
                ? new LieuNaissance.AEtranger(etranger.codePaysInsee(), etranger.pays(), null)
                : lieu;
    }

    private static PlaceNames namesOf(LieuNaissance lieu) {
        return new PlaceNames() {
            @Override
            public String commune(CodeInsee commune) {
                return lieu.libelleComplet();
            }

            @Override
            public String pays(String codePays) {
                return ((LieuNaissance.AEtranger) lieu).pays();
            }
        };
    }
}
