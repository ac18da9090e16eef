package fr.eadmin.core.usager;

import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.CodePostal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A postal address in the structure of the Base Adresse Nationale (BAN): number, indice de répétition, voie
 * or lieu-dit, code postal, commune and code INSEE, plus the complements that the BAN does not hold but mail
 * needs (point de remise, complément géographique, service de distribution such as a boîte postale).
 *
 * <p>{@link #lignesPostales(List)} prints it as the lines of norme AFNOR NF Z10-011.
 *
 * <p>Rules checked on construction:
 *
 * <ul>
 *   <li>{@code pays} is an ISO 3166-1 alpha-2 code, {@code "FR"} by default. The départements and régions
 *       d'outre-mer and the collectivités served by La Poste with a French code postal (97xxx, 98xxx) are
 *       written with {@code "FR"}: mail to them is domestic mail.
 *   <li>In France the code postal is a valid {@link CodePostal} (kept in its canonical form), the address
 *       has a voie, a lieu-dit or a service de distribution (an address made of a TSA or BP number and a CEDEX
 *       is legitimate), and these and the commune are written in the Latin alphabet (they are printed in Latin
 *       capitals without accents).
 *   <li>Abroad the code postal is kept as given (it may be absent), there is no code INSEE and no CEDEX.
 *   <li>A numéro needs a voie or a lieu-dit; an indice de répétition needs a numéro.
 *   <li>Texts are trimmed, and blank optional texts become null. The point de remise, the complément
 *       géographique and the service de distribution are printed as they are on one postal line each, so
 *       they are limited to 38 characters.
 * </ul>
 *
 * {@snippet :
 * Adresse adresse = Adresse.builder()
 *         .numero(12).indiceRepetition("bis")
 *         .voie("rue des Lilas")
 *         .pointDeRemise("Appartement 12, escalier B")
 *         .codePostal("69003").commune("Lyon")
 *         .build();
 * adresse.lignesPostales(List.of("Madame Claire Dupont"));
 * // Madame Claire Dupont
 * // Appartement 12, escalier B
 * // 12 BIS RUE DES LILAS
 * // 69003 LYON
 * }
 *
 * @param numero the number in the voie, from 0 to 99998 as in the BAN (99999, the BAN's placeholder for "no
 *     number", is refused: leave the number empty)
 * @param indiceRepetition the indice de répétition, normalised to lower case: {@code bis}, {@code ter},
 *     {@code quater}, {@code quinquies}, {@code sexies}, {@code septies}, {@code octies}, {@code nonies},
 *     {@code decies}, or one letter {@code a} to {@code z}
 * @param voie the type and name of the voie, such as {@code "rue des Lilas"}
 * @param lieuDit the lieu-dit or hameau, such as {@code "Le Bourg"}
 * @param pointDeRemise the point de remise inside the building (line 2): {@code "Appartement 12, escalier
 *     B"}, {@code "Chez M. Martin"}
 * @param complementGeographique the complément géographique outside (line 3): {@code "Résidence les Pins,
 *     bâtiment A"}
 * @param serviceDistribution a special distribution service (line 5): {@code "BP 123"}, {@code "CS 30001"},
 *     {@code "TSA 12345"}
 * @param codePostal the code postal (or code CEDEX); required in France, optional abroad
 * @param commune the commune or locality
 * @param codeInsee the code INSEE of the commune, in France only
 * @param pays the ISO 3166-1 alpha-2 country code, upper case
 * @param cedex whether {@code codePostal} is a code CEDEX (courrier d'entreprise à distribution
 *     exceptionnelle), in France only
 * @param bureauCedex the number of the CEDEX bureau (1 to 99) when the locality has several, such as 7 in
 *     {@code PARIS CEDEX 7}
 */
public record Adresse(
        @Nullable Integer numero,
        @Nullable String indiceRepetition,
        @Nullable String voie,
        @Nullable String lieuDit,
        @Nullable String pointDeRemise,
        @Nullable String complementGeographique,
        @Nullable String serviceDistribution,
        @Nullable String codePostal,
        String commune,
        @Nullable CodeInsee codeInsee,
        String pays,
        boolean cedex,
        @Nullable Integer bureauCedex) {

    /** The ISO 3166-1 alpha-2 code of France. */
    public static final String FRANCE = "FR";

    /** The longest line of an address, spaces included (norme AFNOR NF Z10-011). */
    public static final int MAX_LINE_LENGTH = 38;

    private static final int MAX_NUMERO = 99_998;
    private static final int MAX_TEXT = 100;
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> INDICES =
            Set.of("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "nonies", "decies");

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidUsagerException if a rule of the class documentation is broken
     * @throws fr.eadmin.core.identifier.InvalidIdentifierException if a French code postal is invalid
     */
    public Adresse {
        Objects.requireNonNull(pays, "pays");
        pays = pays.strip().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(pays)) {
            throw new InvalidUsagerException("adresse.pays", "must be an ISO 3166-1 alpha-2 country code");
        }
        boolean france = pays.equals(FRANCE);
        if (numero != null && (numero < 0 || numero > MAX_NUMERO)) {
            throw new InvalidUsagerException("adresse.numero", "must be between 0 and " + MAX_NUMERO);
        }
        indiceRepetition = normaliseIndice(indiceRepetition);
        if (indiceRepetition != null && numero == null) {
            throw new InvalidUsagerException("adresse.indiceRepetition", "needs a numero");
        }
        voie = optionalPlace("adresse.voie", voie, MAX_TEXT);
        lieuDit = optionalPlace("adresse.lieuDit", lieuDit, MAX_TEXT);
        pointDeRemise = Texts.optionalLine("adresse.pointDeRemise", pointDeRemise, MAX_LINE_LENGTH);
        complementGeographique =
                Texts.optionalLine("adresse.complementGeographique", complementGeographique, MAX_LINE_LENGTH);
        serviceDistribution = optionalPlace("adresse.serviceDistribution", serviceDistribution, MAX_LINE_LENGTH);
        commune = requirePlace("adresse.commune", commune, MAX_TEXT);
        if (numero != null && voie == null && lieuDit == null) {
            throw new InvalidUsagerException("adresse.numero", "needs a voie or a lieu-dit");
        }
        if (bureauCedex != null && !cedex) {
            throw new InvalidUsagerException("adresse.bureauCedex", "needs a CEDEX address");
        }
        if (bureauCedex != null && (bureauCedex < 1 || bureauCedex > 99)) {
            throw new InvalidUsagerException("adresse.bureauCedex", "must be between 1 and 99");
        }
        if (france) {
            if (codePostal == null) {
                throw new InvalidUsagerException("adresse.codePostal", "is required in France");
            }
            codePostal = CodePostal.parse(codePostal).toString();
            requireLatin("adresse.voie", voie);
            requireLatin("adresse.lieuDit", lieuDit);
            requireLatin("adresse.serviceDistribution", serviceDistribution);
            requireLatin("adresse.commune", commune);
            if (voie == null && lieuDit == null && serviceDistribution == null) {
                throw new InvalidUsagerException(
                        "adresse.voie", "a French address needs a voie, a lieu-dit or a service de distribution");
            }
        } else {
            codePostal = Texts.optionalLine("adresse.codePostal", codePostal, 16);
            if (codeInsee != null) {
                throw new InvalidUsagerException("adresse.codeInsee", "only French addresses have a code INSEE");
            }
            if (cedex) {
                throw new InvalidUsagerException("adresse.cedex", "only French addresses can be CEDEX");
            }
        }
    }

    /**
     * Starts an address; {@code pays} is {@code "FR"} unless set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding the values of this address, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.numero = numero;
        builder.indiceRepetition = indiceRepetition;
        builder.voie = voie;
        builder.lieuDit = lieuDit;
        builder.pointDeRemise = pointDeRemise;
        builder.complementGeographique = complementGeographique;
        builder.serviceDistribution = serviceDistribution;
        builder.codePostal = codePostal;
        builder.commune = commune;
        builder.codeInsee = codeInsee;
        builder.pays = pays;
        builder.cedex = cedex;
        builder.bureauCedex = bureauCedex;
        return builder;
    }

    /**
     * Whether the address is in France (including outre-mer).
     *
     * @return true if {@code pays} is {@code "FR"}
     */
    public boolean enFrance() {
        return pays.equals(FRANCE);
    }

    /**
     * The lines to print on an envelope, following norme AFNOR NF Z10-011.
     *
     * <p>Lines, from top to bottom, each printed only when it has content:
     *
     * <ol>
     *   <li>the destinataire (civility, prénom and nom, or raison sociale), as given;
     *   <li>the point de remise, or the destinataire's second line (a service, a person in a company);
     *   <li>the complément géographique (résidence, bâtiment, entrée, zone industrielle);
     *   <li>numéro, indice de répétition, and voie (or the lieu-dit when a numbered address has no voie);
     *   <li>the service de distribution (BP, CS, TSA) and the lieu-dit;
     *   <li>code postal and locality, followed by {@code CEDEX} and its bureau for a CEDEX address;
     *   <li>abroad only, the country, named in French, as the mail leaves France.
     * </ol>
     *
     * <p>In France, lines 4 to 6 are written in upper case without accents or punctuation, as the sorting
     * machines of La Poste require; lines 1 to 3 are printed as given. Every line has at most 38 characters:
     * when a generated line is longer, the type of voie (AVENUE becomes AV, BOULEVARD BD...), then the indice
     * de répétition (BIS becomes B), then common words (SAINT becomes ST, GENERAL GAL...) are abbreviated, as
     * the norme allows, and as a last resort the line is cut at a word boundary. Abroad, lines 4 and 5 are
     * printed as given (the destination country's conventions apply), the locality line is in upper case,
     * and the country line in upper case without accents.
     *
     * @param destinataire zero, one or two lines naming the addressee, each of at most 38 characters
     * @return from four to seven lines
     * @throws InvalidUsagerException if a destinataire line is blank or too long, there are more than two
     *     of them, or there are two and the address has a point de remise (both would need line 2)
     */
    public List<String> lignesPostales(List<String> destinataire) {
        return LignesPostales.of(this, Objects.requireNonNull(destinataire, "destinataire"));
    }

    /**
     * The lines of the address without a destinataire: {@code lignesPostales(List.of())}.
     *
     * @return the lines of the address alone
     */
    public List<String> lignesPostales() {
        return lignesPostales(List.of());
    }

    private static @Nullable String normaliseIndice(@Nullable String indice) {
        if (indice == null || indice.isBlank()) {
            return null;
        }
        String normalised = indice.strip().toLowerCase(Locale.ROOT);
        if (normalised.endsWith(".")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        boolean letter = normalised.length() == 1 && normalised.charAt(0) >= 'a' && normalised.charAt(0) <= 'z';
        if (!letter && !INDICES.contains(normalised)) {
            throw new InvalidUsagerException(
                    "adresse.indiceRepetition", "must be bis, ter, quater... decies, or one letter from a to z");
        }
        return normalised;
    }

    private static @Nullable String optionalPlace(String field, @Nullable String value, int maxLength) {
        String line = Texts.optionalLine(field, value, maxLength);
        return line == null ? null : requireLetterOrDigit(field, line);
    }

    private static String requirePlace(String field, @Nullable String value, int maxLength) {
        return requireLetterOrDigit(field, Texts.requireLine(field, value, maxLength));
    }

    /** In France, the lines La Poste's machines read must keep something once written in Latin capitals. */
    private static void requireLatin(String field, @Nullable String value) {
        if (value != null && LignesPostales.postal(value).isEmpty()) {
            throw new InvalidUsagerException(field, "must be written in Latin letters or digits in France");
        }
    }

    private static String requireLetterOrDigit(String field, String line) {
        if (line.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidUsagerException(field, "must contain a letter or a digit");
        }
        return line;
    }

    /** Builds an {@link Adresse}; every value is optional until {@link #build()} checks them. */
    public static final class Builder {
        private @Nullable Integer numero;
        private @Nullable String indiceRepetition;
        private @Nullable String voie;
        private @Nullable String lieuDit;
        private @Nullable String pointDeRemise;
        private @Nullable String complementGeographique;
        private @Nullable String serviceDistribution;
        private @Nullable String codePostal;
        private @Nullable String commune;
        private @Nullable CodeInsee codeInsee;
        private String pays = FRANCE;
        private boolean cedex;
        private @Nullable Integer bureauCedex;

        private Builder() {}

        /**
         * Sets the number in the voie.
         *
         * @param value the number, or null for none
         * @return this builder
         */
        public Builder numero(@Nullable Integer value) {
            this.numero = value;
            return this;
        }

        /**
         * Sets the indice de répétition ({@code bis}, {@code ter}, a letter...).
         *
         * @param value the indice, or null for none
         * @return this builder
         */
        public Builder indiceRepetition(@Nullable String value) {
            this.indiceRepetition = value;
            return this;
        }

        /**
         * Sets the type and name of the voie.
         *
         * @param value the voie, such as {@code "rue des Lilas"}, or null for none
         * @return this builder
         */
        public Builder voie(@Nullable String value) {
            this.voie = value;
            return this;
        }

        /**
         * Sets the lieu-dit.
         *
         * @param value the lieu-dit, or null for none
         * @return this builder
         */
        public Builder lieuDit(@Nullable String value) {
            this.lieuDit = value;
            return this;
        }

        /**
         * Sets the point de remise (line 2: appartement, étage, escalier, "chez").
         *
         * @param value the point de remise, or null for none
         * @return this builder
         */
        public Builder pointDeRemise(@Nullable String value) {
            this.pointDeRemise = value;
            return this;
        }

        /**
         * Sets the complément géographique (line 3: résidence, bâtiment, entrée).
         *
         * @param value the complément, or null for none
         * @return this builder
         */
        public Builder complementGeographique(@Nullable String value) {
            this.complementGeographique = value;
            return this;
        }

        /**
         * Sets the service de distribution (line 5: BP, CS, TSA and its number).
         *
         * @param value the service, such as {@code "BP 123"}, or null for none
         * @return this builder
         */
        public Builder serviceDistribution(@Nullable String value) {
            this.serviceDistribution = value;
            return this;
        }

        /**
         * Sets the code postal (or the code CEDEX).
         *
         * @param value the code, or null for none (abroad only)
         * @return this builder
         */
        public Builder codePostal(@Nullable String value) {
            this.codePostal = value;
            return this;
        }

        /**
         * Sets the code postal from a parsed value.
         *
         * @param value the code postal
         * @return this builder
         */
        public Builder codePostal(CodePostal value) {
            this.codePostal = Objects.requireNonNull(value, "value").toString();
            return this;
        }

        /**
         * Sets the commune or locality.
         *
         * @param value the commune
         * @return this builder
         */
        public Builder commune(String value) {
            this.commune = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the code INSEE of the commune (France only).
         *
         * @param value the code, or null for none
         * @return this builder
         */
        public Builder codeInsee(@Nullable CodeInsee value) {
            this.codeInsee = value;
            return this;
        }

        /**
         * Sets the country.
         *
         * @param value the ISO 3166-1 alpha-2 code, such as {@code "BE"}
         * @return this builder
         */
        public Builder pays(String value) {
            this.pays = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Marks the code postal as a code CEDEX with no bureau number.
         *
         * @return this builder
         */
        public Builder cedex() {
            this.cedex = true;
            this.bureauCedex = null;
            return this;
        }

        /**
         * Marks the code postal as a code CEDEX of the given bureau.
         *
         * @param bureau the number of the CEDEX bureau, 1 to 99
         * @return this builder
         */
        public Builder cedex(int bureau) {
            this.cedex = true;
            this.bureauCedex = bureau;
            return this;
        }

        /**
         * Marks the address as not CEDEX (the default).
         *
         * @return this builder
         */
        public Builder sansCedex() {
            this.cedex = false;
            this.bureauCedex = null;
            return this;
        }

        /**
         * Checks the values and builds the address.
         *
         * @return the address
         * @throws InvalidUsagerException if a rule of {@link Adresse} is broken
         * @throws fr.eadmin.core.identifier.InvalidIdentifierException if a French code postal is invalid
         */
        public Adresse build() {
            if (commune == null) {
                throw new InvalidUsagerException("adresse.commune", "is required");
            }
            return new Adresse(
                    numero,
                    indiceRepetition,
                    voie,
                    lieuDit,
                    pointDeRemise,
                    complementGeographique,
                    serviceDistribution,
                    codePostal,
                    commune,
                    codeInsee,
                    pays,
                    cedex,
                    bureauCedex);
        }
    }
}
