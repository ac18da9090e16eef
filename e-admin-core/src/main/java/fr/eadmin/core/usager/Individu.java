package fr.eadmin.core.usager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person, with the identity of the état civil and, for each identity attribute, how far it is trusted.
 *
 * <p>Every {@link IdentityAttribute} has a {@link Certification}. Changing the value of an attribute through a
 * {@code with...} method replaces its certification by the one the caller gives: a change the usager makes
 * in their account is {@link Certification#declared(Instant) declared}, a change an agent makes after seeing
 * a document is {@link Certification#agentVerified agent-verified}, an identity received from FranceConnect
 * is {@link Certification#franceConnect(Instant) FranceConnect}. A value never keeps the certification of
 * the value it replaces.
 *
 * <p>Names are kept as written in the état civil: letters of any script with their accents, spaces,
 * apostrophes and hyphens (also the double hyphen of double family names), trimmed, at most 100 characters
 * each.
 *
 * {@snippet :
 * Individu claire = Individu.builder()
 *         .nomNaissance("Dupont")
 *         .prenoms("Claire", "Marie")
 *         .sexe(Sexe.FEMININ)
 *         .dateNaissance(LocalDate.of(1985, 3, 14))
 *         .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("69123"), "Lyon"))
 *         .build(clock); // every attribute DECLARED at clock.instant()
 * Individu mariee = claire.withNomUsage("Martin", Certification.declared(clock.instant()));
 * }
 *
 * @param id the technical id
 * @param nomNaissance the nom de naissance
 * @param nomUsage the nom d'usage, if the person uses one
 * @param prenoms the prénoms, in the order of the acte de naissance, at least one
 * @param sexe the sex recorded in the état civil
 * @param dateNaissance the date of birth
 * @param lieuNaissance the place of birth
 * @param contact how to reach the person
 * @param certifications the certification of every identity attribute
 */
public record Individu(
        UsagerId id,
        String nomNaissance,
        @Nullable String nomUsage,
        List<String> prenoms,
        Sexe sexe,
        LocalDate dateNaissance,
        LieuNaissance lieuNaissance,
        Contact contact,
        Map<IdentityAttribute, Certification> certifications)
        implements Usager {

    /** The earliest date of birth accepted: earlier dates are typing errors. */
    public static final LocalDate EARLIEST_DATE_NAISSANCE = LocalDate.of(1870, 1, 1);

    /** The most prénoms accepted. */
    public static final int MAX_PRENOMS = 20;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidUsagerException if a name is blank, too long or has characters a name does not have, an
     *     attribute has no certification, or the date of birth is before 1870 or after the day its
     *     certification was given
     */
    public Individu {
        Objects.requireNonNull(id, "id");
        nomNaissance = Texts.requireName("nomNaissance", nomNaissance);
        nomUsage = Texts.optionalName("nomUsage", nomUsage);
        prenoms = Texts.requireNames("prenoms", prenoms, MAX_PRENOMS);
        Objects.requireNonNull(sexe, "sexe");
        Objects.requireNonNull(dateNaissance, "dateNaissance");
        Objects.requireNonNull(lieuNaissance, "lieuNaissance");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(certifications, "certifications");
        EnumMap<IdentityAttribute, Certification> copy = new EnumMap<>(IdentityAttribute.class);
        for (IdentityAttribute attribute : IdentityAttribute.values()) {
            Certification certification = certifications.get(attribute);
            if (certification == null) {
                throw new InvalidUsagerException("certifications", "no certification for " + attribute);
            }
            copy.put(attribute, certification);
        }
        if (certifications.size() != copy.size()) {
            throw new InvalidUsagerException("certifications", "has entries that are not identity attributes");
        }
        certifications = Collections.unmodifiableMap(copy);
        if (dateNaissance.isBefore(EARLIEST_DATE_NAISSANCE)) {
            throw new InvalidUsagerException("dateNaissance", "must not be before " + EARLIEST_DATE_NAISSANCE);
        }
        LocalDate certifiedOn =
                LocalDate.ofInstant(copy.get(IdentityAttribute.DATE_NAISSANCE).at(), PARIS);
        if (dateNaissance.isAfter(certifiedOn)) {
            throw new InvalidUsagerException("dateNaissance", "must not be after the day it was certified");
        }
    }

    /**
     * Starts an individu.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public UsagerKind kind() {
        return UsagerKind.INDIVIDU;
    }

    /**
     * The name to address the person by: the nom d'usage if any, else the nom de naissance.
     *
     * @return the nom d'usage or the nom de naissance
     */
    public String nomUsuel() {
        return nomUsage != null ? nomUsage : nomNaissance;
    }

    /**
     * The certification of one identity attribute.
     *
     * @param attribute the attribute
     * @return its certification
     */
    public Certification certification(IdentityAttribute attribute) {
        return certifications.get(Objects.requireNonNull(attribute, "attribute"));
    }

    /**
     * Whether every given attribute is certified at least at the given level, as a téléservice that needs a
     * verified identity asks.
     *
     * @param level the level required
     * @param attributes the attributes to check
     * @return true if all of them reach the level
     */
    public boolean isCertifiedAtLeast(CertificationLevel level, IdentityAttribute... attributes) {
        Objects.requireNonNull(level, "level");
        return Arrays.stream(attributes).allMatch(a -> certification(a).isAtLeast(level));
    }

    /**
     * A copy with another nom de naissance.
     *
     * @param value the new nom de naissance
     * @param certification the certification of the new value
     * @return the new individu
     */
    public Individu withNomNaissance(String value, Certification certification) {
        return new Individu(
                id,
                value,
                nomUsage,
                prenoms,
                sexe,
                dateNaissance,
                lieuNaissance,
                contact,
                certified(IdentityAttribute.NOM_NAISSANCE, certification));
    }

    /**
     * A copy with another nom d'usage, or none.
     *
     * @param value the new nom d'usage, or null if the person no longer uses one
     * @param certification the certification of the new value
     * @return the new individu
     */
    public Individu withNomUsage(@Nullable String value, Certification certification) {
        return new Individu(
                id,
                nomNaissance,
                value,
                prenoms,
                sexe,
                dateNaissance,
                lieuNaissance,
                contact,
                certified(IdentityAttribute.NOM_USAGE, certification));
    }

    /**
     * A copy with other prénoms.
     *
     * @param value the new prénoms, in the order of the acte de naissance
     * @param certification the certification of the new value
     * @return the new individu
     */
    public Individu withPrenoms(List<String> value, Certification certification) {
        return new Individu(
                id,
                nomNaissance,
                nomUsage,
                value,
                sexe,
                dateNaissance,
                lieuNaissance,
                contact,
                certified(IdentityAttribute.PRENOMS, certification));
    }

    /**
     * A copy with another sex.
     *
     * @param value the new sex, as in the état civil
     * @param certification the certification of the new value
     * @return the new individu
     */
    public Individu withSexe(Sexe value, Certification certification) {
        return new Individu(
                id,
                nomNaissance,
                nomUsage,
                prenoms,
                value,
                dateNaissance,
                lieuNaissance,
                contact,
                certified(IdentityAttribute.SEXE, certification));
    }

    /**
     * A copy with another date of birth.
     *
     * @param value the new date of birth
     * @param certification the certification of the new value
     * @return the new individu
     */
    public Individu withDateNaissance(LocalDate value, Certification certification) {
        return new Individu(
                id,
                nomNaissance,
                nomUsage,
                prenoms,
                sexe,
                value,
                lieuNaissance,
                contact,
                certified(IdentityAttribute.DATE_NAISSANCE, certification));
    }

    /**
     * A copy with another place of birth.
     *
     * @param value the new place of birth
     * @param certification the certification of the new value
     * @return the new individu
     */
    public Individu withLieuNaissance(LieuNaissance value, Certification certification) {
        return new Individu(
                id,
                nomNaissance,
                nomUsage,
                prenoms,
                sexe,
                dateNaissance,
                value,
                contact,
                certified(IdentityAttribute.LIEU_NAISSANCE, certification));
    }

    /**
     * A copy with the same value of an attribute and a new certification of it: an agent has checked it
     * against a document, or FranceConnect has confirmed it. To change the value, use the {@code with...}
     * method of the attribute.
     *
     * @param attribute the attribute
     * @param certification its new certification
     * @return the new individu
     */
    public Individu withCertification(IdentityAttribute attribute, Certification certification) {
        Objects.requireNonNull(attribute, "attribute");
        return new Individu(
                id,
                nomNaissance,
                nomUsage,
                prenoms,
                sexe,
                dateNaissance,
                lieuNaissance,
                contact,
                certified(attribute, certification));
    }

    /**
     * A copy with other contact details (which carry no certification).
     *
     * @param value the new contact details
     * @return the new individu
     */
    public Individu withContact(Contact value) {
        return new Individu(
                id, nomNaissance, nomUsage, prenoms, sexe, dateNaissance, lieuNaissance, value, certifications);
    }

    private Map<IdentityAttribute, Certification> certified(IdentityAttribute attribute, Certification certification) {
        Objects.requireNonNull(certification, "certification");
        EnumMap<IdentityAttribute, Certification> copy = new EnumMap<>(certifications);
        copy.put(attribute, certification);
        return copy;
    }

    /**
     * Builds an {@link Individu}. Attributes given no certification are {@link CertificationLevel#DECLARED}
     * at the instant of the clock passed to {@link #build(Clock)}.
     */
    public static final class Builder {
        private @Nullable UsagerId id;
        private @Nullable String nomNaissance;
        private @Nullable String nomUsage;
        private @Nullable List<String> prenoms;
        private @Nullable Sexe sexe;
        private @Nullable LocalDate dateNaissance;
        private @Nullable LieuNaissance lieuNaissance;
        private Contact contact = Contact.NONE;
        private final EnumMap<IdentityAttribute, Certification> certifications = new EnumMap<>(IdentityAttribute.class);

        private Builder() {}

        /**
         * Sets the id; without it, {@link #build(Clock)} generates one.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(UsagerId value) {
            this.id = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the nom de naissance.
         *
         * @param value the nom de naissance
         * @return this builder
         */
        public Builder nomNaissance(String value) {
            this.nomNaissance = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the nom d'usage.
         *
         * @param value the nom d'usage, or null for none
         * @return this builder
         */
        public Builder nomUsage(@Nullable String value) {
            this.nomUsage = value;
            return this;
        }

        /**
         * Sets the prénoms.
         *
         * @param values the prénoms, in the order of the acte de naissance
         * @return this builder
         */
        public Builder prenoms(String... values) {
            return prenoms(Arrays.asList(values));
        }

        /**
         * Sets the prénoms.
         *
         * @param values the prénoms, in the order of the acte de naissance
         * @return this builder
         */
        public Builder prenoms(List<String> values) {
            this.prenoms = List.copyOf(values);
            return this;
        }

        /**
         * Sets the sex.
         *
         * @param value the sex, as in the état civil
         * @return this builder
         */
        public Builder sexe(Sexe value) {
            this.sexe = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the date of birth.
         *
         * @param value the date of birth
         * @return this builder
         */
        public Builder dateNaissance(LocalDate value) {
            this.dateNaissance = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the place of birth.
         *
         * @param value the place of birth
         * @return this builder
         */
        public Builder lieuNaissance(LieuNaissance value) {
            this.lieuNaissance = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the contact details ({@link Contact#NONE} by default).
         *
         * @param value the contact details
         * @return this builder
         */
        public Builder contact(Contact value) {
            this.contact = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the certification of one attribute.
         *
         * @param attribute the attribute
         * @param certification its certification
         * @return this builder
         */
        public Builder certification(IdentityAttribute attribute, Certification certification) {
            certifications.put(
                    Objects.requireNonNull(attribute, "attribute"),
                    Objects.requireNonNull(certification, "certification"));
            return this;
        }

        /**
         * Sets the same certification on every attribute, as when the whole identity comes from FranceConnect.
         *
         * @param certification the certification
         * @return this builder
         */
        public Builder certificationOfAll(Certification certification) {
            Objects.requireNonNull(certification, "certification");
            for (IdentityAttribute attribute : IdentityAttribute.values()) {
                certifications.put(attribute, certification);
            }
            return this;
        }

        /**
         * Checks the values and builds the individu. Attributes with no certification become declared now.
         *
         * @param clock the clock giving the instant of declaration (and the id, if none was set)
         * @return the individu
         * @throws InvalidUsagerException if a value is missing or breaks a rule of {@link Individu}
         */
        public Individu build(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            Certification declared = Certification.declared(clock.instant());
            EnumMap<IdentityAttribute, Certification> all = new EnumMap<>(certifications);
            for (IdentityAttribute attribute : IdentityAttribute.values()) {
                all.putIfAbsent(attribute, declared);
            }
            return new Individu(
                    id != null ? id : UsagerId.generate(clock),
                    required("nomNaissance", nomNaissance),
                    nomUsage,
                    required("prenoms", prenoms),
                    required("sexe", sexe),
                    required("dateNaissance", dateNaissance),
                    required("lieuNaissance", lieuNaissance),
                    contact,
                    all);
        }

        private static <T> T required(String field, @Nullable T value) {
            if (value == null) {
                throw new InvalidUsagerException(field, "is required");
            }
            return value;
        }
    }
}
