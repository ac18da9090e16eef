package fr.eadmin.test.arbitraries;

import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceId;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.dossier.ValidityRule;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Certification;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.IdentityAttribute;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.QuotientFamilial;
import fr.eadmin.core.usager.Representant;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.SourceQuotientFamilial;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the usager model and the dossier usager: valid values across the space the types
 * accept, with the awkward cases on purpose (names with apostrophes, double hyphens, accents and other
 * scripts; addresses with lieu-dit, indice de répétition, CEDEX, overseas and abroad; voies and communes
 * longer than a postal line; pièces of every validity rule, expired or not).
 *
 * <p>Use them from a {@code @Provide} method of a property class: {@code Arbitrary<Usager> usagers() { return
 * UsagerArbitraries.usagers(); }}, then {@code @ForAll("usagers") Usager usager}.
 *
 * <p>Identifiers come from {@link IdentifierArbitraries} and {@link ContactArbitraries}; technical ids are
 * UUIDv7 built from generated bits, so a failing property shrinks and replays like any other.
 */
public final class UsagerArbitraries {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** 2020-01-01T00:00:00Z and 2030-01-01T00:00:00Z: certifications and supplies happen in between. */
    private static final long FROM_SECOND = 1_577_836_800L;

    private static final long TO_SECOND = 1_893_456_000L;

    /** Dates of birth are before 2020, so before any certification generated here. */
    private static final LocalDate LAST_BIRTH = LocalDate.of(2019, 12, 31);

    private static final String LOWER = "abcdefghijklmnopqrstuvwxyzéèêëàâäîïôöùûüÿçœæñ";

    private static final List<String> NOMS = List.of(
            "Martin",
            "Bernard",
            "Dubois",
            "N'Diaye",
            "Le Goff",
            "de La Fontaine",
            "Dupont--Martin",
            "Saint-Exupéry",
            "O’Connor",
            "Nguyễn",
            "Müller",
            "Ñúñez",
            "Ђорђевић",
            "Lætitia",
            "Œillet",
            "Ba",
            "Y");

    private static final List<String> PRENOMS = List.of(
            "Claire",
            "Jean-Baptiste",
            "Zoé",
            "Maël",
            "Anaïs",
            "Hélène",
            "Chloé",
            "Noël",
            "Inès",
            "Loïc",
            "Éloïse",
            "Mohamed",
            "Fatou",
            "Thi Hoa",
            "Ève",
            "Marie-Ange");

    private static final List<String> TYPES_VOIE = List.of(
            "rue",
            "avenue",
            "boulevard",
            "chemin",
            "allée",
            "impasse",
            "place",
            "route",
            "quai",
            "square",
            "cours",
            "faubourg",
            "rond-point",
            "résidence",
            "lotissement",
            "montée",
            "passage",
            "sentier");

    private static final List<String> NOMS_VOIE = List.of(
            "des Lilas",
            "Victor Hugo",
            "du Général de Gaulle",
            "du Maréchal de Lattre de Tassigny",
            "Jean Jaurès",
            "de l'Église",
            "Saint-Exupéry",
            "de la République",
            "des Écoles",
            "du Président Wilson",
            "de la Grande Fontaine aux Loups de la Forêt Domaniale",
            "Sainte-Catherine");

    private static final List<String> COMMUNES = List.of(
            "Lyon",
            "Saint-Denis",
            "Île-de-Bréhat",
            "L'Haÿ-les-Roses",
            "Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson",
            "Y",
            "Paris",
            "Fort-de-France",
            "Mamoudzou",
            "Œting");

    private static final List<String> PAYS = List.of("BE", "DE", "GB", "US", "CA", "ES", "IT", "CH", "MA", "JP", "IE");

    private static final List<String> MEDIA_TYPES = List.of(
            "application/pdf", "image/jpeg", "image/png", "image/heic", "application/vnd.oasis.opendocument.text");

    private UsagerArbitraries() {}

    /**
     * Any usager: individus, foyers, entreprises and associations in equal shares.
     *
     * @return usagers
     */
    public static Arbitrary<Usager> usagers() {
        return Arbitraries.oneOf(individus(), foyers(), entreprises(), associations());
    }

    /**
     * Technical ids of usagers: version 7 UUIDs from generated bits.
     *
     * @return ids
     */
    public static Arbitrary<UsagerId> usagerIds() {
        return uuidsV7().map(UsagerId::new);
    }

    /**
     * Individus, with names of any origin, born in France or abroad, each identity attribute certified at any
     * level, and any contact details.
     *
     * @return individus
     */
    public static Arbitrary<Individu> individus() {
        Arbitrary<Map<IdentityAttribute, Certification>> certifications = certifications()
                .list()
                .ofSize(IdentityAttribute.values().length)
                .map(list -> {
                    Map<IdentityAttribute, Certification> map = new EnumMap<>(IdentityAttribute.class);
                    for (IdentityAttribute attribute : IdentityAttribute.values()) {
                        map.put(attribute, list.get(attribute.ordinal()));
                    }
                    return map;
                });
        Arbitrary<Tuple.Tuple4<UsagerId, String, String, List<String>>> names = Combinators.combine(
                        usagerIds(),
                        noms(),
                        noms().injectNull(0.6),
                        prenoms().list().ofMinSize(1).ofMaxSize(4))
                .as(Tuple::of);
        return Combinators.combine(
                        names,
                        Arbitraries.of(Sexe.class),
                        datesBetween(LocalDate.of(1900, 1, 1), LAST_BIRTH),
                        lieuxNaissance(),
                        contacts(),
                        certifications)
                .as((n, sexe, date, lieu, contact, certs) ->
                        new Individu(n.get1(), n.get2(), n.get3(), n.get4(), sexe, date, lieu, contact, certs));
    }

    /**
     * Foyers of one to six distinct members, at least one of them responsable légal, with or without quotient
     * familial and address.
     *
     * @return foyers
     */
    public static Arbitrary<Foyer> foyers() {
        Arbitrary<QuotientFamilial> quotients = Combinators.combine(
                        Arbitraries.longs().between(0, 500_000),
                        Arbitraries.integers().between(2015, 2030),
                        Arbitraries.of(SourceQuotientFamilial.class))
                .as((cents, year, source) -> new QuotientFamilial(cents, Year.of(year), source));
        // The first id is the foyer's, the others its members': distinct, so a foyer is never its own member.
        return Combinators.combine(
                        usagerIds().list().ofMinSize(2).ofMaxSize(7).uniqueElements(),
                        Arbitraries.of(RoleFoyer.class).list().ofSize(7),
                        noms().map(nom -> "Famille " + nom),
                        quotients.injectNull(0.3),
                        adresses().injectNull(0.3))
                .as((ids, roles, libelle, quotient, adresse) -> {
                    List<MembreFoyer> membres = new ArrayList<>();
                    for (int i = 1; i < ids.size(); i++) {
                        membres.add(new MembreFoyer(ids.get(i), i == 1 ? RoleFoyer.RESPONSABLE_LEGAL : roles.get(i)));
                    }
                    return new Foyer(ids.get(0), libelle, membres, quotient, adresse);
                });
    }

    /**
     * Entreprises: any SIRET (La Poste's included), a raison sociale, up to three representatives.
     *
     * @return entreprises
     */
    public static Arbitrary<Entreprise> entreprises() {
        return Combinators.combine(
                        usagerIds(),
                        IdentifierArbitraries.sirets(),
                        raisonsSociales(),
                        representants().list().ofMaxSize(3),
                        adresses().injectNull(0.2),
                        contacts())
                .as(Entreprise::new);
    }

    /**
     * Associations: any RNA number, a SIREN or none, a name, up to three representatives.
     *
     * @return associations
     */
    public static Arbitrary<Association> associations() {
        return Combinators.combine(
                        usagerIds(),
                        IdentifierArbitraries.rnas(),
                        IdentifierArbitraries.sirens().injectNull(0.5),
                        raisonsSociales().map(nom -> "Association " + nom),
                        representants().list().ofMaxSize(3),
                        adresses().injectNull(0.3),
                        contacts())
                .as(Association::new);
    }

    /**
     * Legal representatives: persons (with prénoms, sometimes linked to an individu) and legal persons.
     *
     * @return representatives
     */
    public static Arbitrary<Representant> representants() {
        Arbitrary<Representant> personnes = Combinators.combine(
                        noms(),
                        prenoms().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of("gérant", "gérante", "président", "présidente", "trésorier", "secrétaire"),
                        usagerIds().injectNull(0.5))
                .as(Representant::new);
        Arbitrary<Representant> morales = Combinators.combine(raisonsSociales(), Arbitraries.of("président", "gérant"))
                .as((nom, qualite) -> new Representant(nom, List.of(), qualite, null));
        return Arbitraries.frequencyOf(Tuple.of(4, personnes), Tuple.of(1, morales));
    }

    /**
     * Contact details, each part present or not.
     *
     * @return contacts
     */
    public static Arbitrary<Contact> contacts() {
        return Combinators.combine(
                        ContactArbitraries.emails().injectNull(0.3),
                        ContactArbitraries.telephones().injectNull(0.3),
                        adresses().injectNull(0.4))
                .as(Contact::new);
    }

    /**
     * Postal addresses: mostly French (with voie, lieu-dit, or a service de distribution and CEDEX; overseas
     * codes postaux included; voies and communes sometimes longer than a postal line), some abroad.
     *
     * @return addresses
     */
    public static Arbitrary<Adresse> adresses() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, adressesAvecVoie()),
                Tuple.of(2, adressesLieuDit()),
                Tuple.of(1, adressesCedex()),
                Tuple.of(2, adressesEtranger()));
    }

    /**
     * Places of birth: French communes (any code INSEE) and countries abroad (any INSEE country code but
     * France's).
     *
     * @return places of birth
     */
    public static Arbitrary<LieuNaissance> lieuxNaissance() {
        Arbitrary<LieuNaissance> france = Combinators.combine(
                        IdentifierArbitraries.codesInsee(), Arbitraries.of(COMMUNES))
                .as(LieuNaissance.EnFrance::new);
        Arbitrary<LieuNaissance> etranger = Combinators.combine(
                        Arbitraries.integers().between(101, 599),
                        Arbitraries.of("Espagne", "Maroc", "Viêt Nam", "Sénégal", "Allemagne", "Canada"),
                        Arbitraries.of("Madrid", "Casablanca", "Hô Chi Minh-Ville", "Dakar")
                                .injectNull(0.3))
                .as((code, pays, ville) -> new LieuNaissance.AEtranger("99" + code, pays, ville));
        return Arbitraries.oneOf(france, etranger);
    }

    /**
     * Certifications of every level, at instants between 2020 and 2030.
     *
     * @return certifications
     */
    public static Arbitrary<Certification> certifications() {
        Arbitrary<Instant> at = instants();
        Arbitrary<Certification> agent = Combinators.combine(
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
                        Arbitraries.of("CNI", "PASSEPORT", "TITRE_SEJOUR", "LIVRET_DE_FAMILLE", "ACTE_NAISSANCE"),
                        at)
                .as(Certification::agentVerified);
        return Arbitraries.oneOf(at.map(Certification::declared), at.map(Certification::franceConnect), agent);
    }

    /**
     * Types of pièce: the well-known ones and town-defined types under every validity rule.
     *
     * @return piece types
     */
    public static Arbitrary<PieceType> pieceTypes() {
        Arbitrary<ValidityRule> rules = Arbitraries.oneOf(
                Arbitraries.just(ValidityRule.permanent()),
                Arbitraries.just(ValidityRule.untilExpiryDate()),
                Arbitraries.integers().between(0, 10).map(ValidityRule::untilEndOfYear),
                Combinators.combine(
                                Arbitraries.integers().between(0, 2),
                                Arbitraries.integers().between(0, 11),
                                Arbitraries.integers().between(0, 40))
                        .as(Period::of)
                        .filter(p -> !p.isZero())
                        .map(ValidityRule::periodFromDocumentDate));
        Arbitrary<PieceType> local = Combinators.combine(
                        Arbitraries.strings()
                                .withCharRange('A', 'Z')
                                .ofMinLength(1)
                                .ofMaxLength(20),
                        rules)
                .as((code, rule) -> new PieceType("COMMUNE_" + code, "Pièce " + code.toLowerCase(Locale.ROOT), rule));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(PieceType.WELL_KNOWN)), Tuple.of(1, local));
    }

    /**
     * Pièces justificatives of any type, supplied between 2020 and 2030, dated up to ten years before, with an
     * expiry date whenever their rule needs one (and sometimes otherwise), used by up to three demandes.
     *
     * @return pieces
     */
    public static Arbitrary<PieceJustificative> pieces() {
        Arbitrary<Tuple.Tuple4<PieceId, PieceType, BlobRef, String>> what = Combinators.combine(
                        uuidsV7().map(PieceId::new),
                        pieceTypes(),
                        blobRefs(),
                        Arbitraries.strings()
                                .alpha()
                                .numeric()
                                .withChars(" -_é")
                                .ofMinLength(1)
                                .ofMaxLength(40)
                                .map(name -> name.strip().isEmpty() ? "piece.pdf" : name + ".pdf"))
                .as(Tuple::of);
        Arbitrary<Tuple.Tuple4<Instant, Integer, Integer, Boolean>> when = Combinators.combine(
                        instants(),
                        Arbitraries.integers().between(0, 3650),
                        Arbitraries.integers().between(0, 3650),
                        Arbitraries.of(true, false))
                .as(Tuple::of);
        return Combinators.combine(
                        what,
                        Arbitraries.of(MEDIA_TYPES),
                        when,
                        uuidsV7().map(DemandeId::new).set().ofMaxSize(3))
                .as((w, mediaType, t, demandes) -> {
                    LocalDate supplied = LocalDate.ofInstant(t.get1(), PARIS);
                    LocalDate documentDate = supplied.minusDays(t.get2());
                    boolean expires = w.get2().validity().needsExpiryDate() || t.get4();
                    LocalDate expiry = expires ? documentDate.plusDays(t.get3()) : null;
                    return new PieceJustificative(
                            w.get1(),
                            w.get2(),
                            w.get3(),
                            w.get4(),
                            mediaType,
                            t.get1(),
                            documentDate,
                            expiry,
                            new HashSet<>(demandes));
                });
    }

    /**
     * Dossiers usager of zero to eight pièces with distinct ids.
     *
     * @return dossiers
     */
    public static Arbitrary<DossierUsager> dossiers() {
        return Combinators.combine(usagerIds(), pieces().list().ofMaxSize(8).uniqueElements(PieceJustificative::id))
                .as(DossierUsager::new);
    }

    /**
     * Names of persons: a list of real, awkward ones, and generated ones of one to three words joined by
     * spaces, hyphens, apostrophes or the double hyphen.
     *
     * @return names
     */
    public static Arbitrary<String> noms() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars(LOWER)
                .ofMinLength(1)
                .ofMaxLength(14)
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        Arbitrary<String> generated = Combinators.combine(
                        word.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(" ", "-", "'", "--", "’"))
                .as((words, separator) -> String.join(separator, words));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(NOMS)), Tuple.of(2, generated));
    }

    private static Arbitrary<String> prenoms() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(PRENOMS)), Tuple.of(1, noms()));
    }

    private static Arbitrary<String> raisonsSociales() {
        return Combinators.combine(
                        noms(),
                        Arbitraries.of("", " SARL", " SAS", " & Fils", " 2000", " (SCOP)", " — Boulangerie du Marché"))
                .as((nom, suffix) -> nom + suffix);
    }

    private static Arbitrary<String> voies() {
        Arbitrary<String> generated = Arbitraries.strings()
                .withChars(LOWER + " -'")
                .ofMinLength(1)
                .ofMaxLength(80)
                .filter(s -> s.chars().anyMatch(Character::isLetter))
                .map(String::strip);
        return Combinators.combine(
                        Arbitraries.of(TYPES_VOIE),
                        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(NOMS_VOIE)), Tuple.of(1, generated)))
                .as((type, nom) -> type + " " + nom);
    }

    private static Arbitrary<String> communes() {
        Arbitrary<String> generated = Combinators.combine(
                        Arbitraries.strings()
                                .withChars(LOWER)
                                .ofMinLength(1)
                                .ofMaxLength(20)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(4), // at most 4 x 20 + 3 separators: within Adresse's 100
                        Arbitraries.of(" ", "-", "'"))
                .as((words, separator) -> String.join(separator, words));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(COMMUNES)), Tuple.of(1, generated));
    }

    private static Arbitrary<String> lieuxDits() {
        return Arbitraries.of(
                "Le Bourg",
                "Hameau de Bel-Air",
                "Les Grands Champs",
                "La Croix-Blanche",
                "Lieu-dit la Mare aux Fées",
                "Le Moulin de la Vallée de l'Orgeval et du Petit Morin");
    }

    private static Arbitrary<String> lignesLibres() {
        return Arbitraries.of(
                        "Appartement 12, escalier B",
                        "Chez M. et Mme Martin",
                        "Étage 3, porte gauche",
                        "Résidence les Pins, bâtiment A",
                        "Entrée C",
                        "Appartement 1234, escalier B, étage 10")
                .injectNull(0.5);
    }

    private static Arbitrary<Adresse> adressesAvecVoie() {
        Arbitrary<Tuple.Tuple3<Integer, String, String>> numero = Combinators.combine(
                        Arbitraries.integers().between(0, 99_998).injectNull(0.2),
                        Arbitraries.of("bis", "ter", "quater", "quinquies", "a", "b", "z")
                                .injectNull(0.7),
                        voies())
                .as(Tuple::of);
        return Combinators.combine(
                        numero,
                        lieuxDits().injectNull(0.8),
                        lignesLibres(),
                        lignesLibres(),
                        IdentifierArbitraries.codesPostaux(),
                        communes(),
                        IdentifierArbitraries.codesInsee().injectNull(0.5))
                .as((n, lieuDit, remise, complement, codePostal, commune, codeInsee) -> Adresse.builder()
                        .numero(n.get1())
                        .indiceRepetition(n.get1() == null ? null : n.get2())
                        .voie(n.get3())
                        .lieuDit(lieuDit)
                        .pointDeRemise(remise)
                        .complementGeographique(complement)
                        .codePostal(codePostal)
                        .commune(commune)
                        .codeInsee(codeInsee)
                        .build());
    }

    private static Arbitrary<Adresse> adressesLieuDit() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 200).injectNull(0.6),
                        lieuxDits(),
                        lignesLibres(),
                        IdentifierArbitraries.codesPostaux(),
                        communes())
                .as((numero, lieuDit, complement, codePostal, commune) -> Adresse.builder()
                        .numero(numero)
                        .lieuDit(lieuDit)
                        .complementGeographique(complement)
                        .codePostal(codePostal)
                        .commune(commune)
                        .build());
    }

    private static Arbitrary<Adresse> adressesCedex() {
        return Combinators.combine(
                        Arbitraries.of("BP", "CS", "TSA"),
                        Arbitraries.integers().between(1, 99_999),
                        IdentifierArbitraries.codesPostaux(),
                        communes(),
                        Arbitraries.integers().between(1, 99).injectNull(0.5))
                .as((service, numero, codePostal, commune, bureau) -> {
                    Adresse.Builder builder = Adresse.builder()
                            .serviceDistribution(service + " " + numero)
                            .codePostal(codePostal)
                            .commune(commune);
                    return (bureau == null ? builder.cedex() : builder.cedex(bureau)).build();
                });
    }

    private static Arbitrary<Adresse> adressesEtranger() {
        return Combinators.combine(
                        Arbitraries.of(PAYS),
                        Arbitraries.integers().between(1, 9999).injectNull(0.5),
                        Arbitraries.of(
                                "Hauptstraße 5", "Downing Street", "Rue de la Loi 16", "Calle Mayor", "5th Avenue"),
                        Arbitraries.strings()
                                .withChars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789 -")
                                .ofMinLength(2)
                                .ofMaxLength(12)
                                .filter(code -> !code.isBlank())
                                .injectNull(0.2),
                        communes())
                .as((pays, numero, voie, code, commune) -> Adresse.builder()
                        .numero(numero)
                        .voie(voie)
                        .codePostal(code)
                        .commune(commune)
                        .pays(pays)
                        .build());
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM_SECOND, TO_SECOND).map(Instant::ofEpochSecond);
    }

    private static Arbitrary<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<BlobRef> blobRefs() {
        return Combinators.combine(
                        Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
                        Arbitraries.longs().between(0, 20_000_000))
                .as(BlobRef::new);
    }

    /** UUIDs of version 7 and the RFC 9562 variant, from a generated timestamp and random bits. */
    private static Arbitrary<UUID> uuidsV7() {
        return Combinators.combine(
                        Arbitraries.longs().between(FROM_SECOND * 1000, TO_SECOND * 1000),
                        Arbitraries.integers().between(0, 0xFFF),
                        Arbitraries.longs())
                .as((millis, sequence, random) -> new UUID(
                        (millis << 16) | 0x7000L | sequence, (random & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L));
    }
}
