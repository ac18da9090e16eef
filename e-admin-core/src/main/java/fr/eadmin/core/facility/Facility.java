package fr.eadmin.core.facility;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.usager.Adresse;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A facility of a town's public directory: the mairie, a salle, a sports ground, the médiathèque, a school…
 *
 * {@snippet :
 * Facility mairie = Facility.builder()
 *         .id(FacilityId.of("GREASQUE-MAIRIE"))
 *         .name("Mairie de Gréasque")
 *         .category(FacilityCategory.MAIRIE)
 *         .adresse(Adresse.builder().voie("place Félicien David").codePostal("13850").commune("Gréasque").build())
 *         .coordinates(Coordinates.of(43.4331, 5.5447))
 *         .telephone(Telephone.parse("04 42 69 86 00"))
 *         .accessible(true)
 *         .hours(OpeningHours.parse("Mo-Fr 08:30-12:00,13:30-17:00; PH off"))
 *         .build();
 * }
 *
 * @param id the stable identifier, published in the open data
 * @param name the name people know it by, 1 to 200 characters
 * @param category what it is
 * @param adresse its postal address
 * @param coordinates its position in WGS84, if known
 * @param telephone its telephone number, if published
 * @param email its email address, if published
 * @param accessible whether it is accessible to people with reduced mobility (accessible PMR), if known
 * @param hours its opening hours
 * @param information practical information for visitors (access, parking, how to book), if any: up to 1,000
 *     characters, several lines allowed
 */
public record Facility(
        FacilityId id,
        String name,
        FacilityCategory category,
        Adresse adresse,
        @Nullable Coordinates coordinates,
        @Nullable Telephone telephone,
        @Nullable Email email,
        @Nullable Boolean accessible,
        OpeningHours hours,
        @Nullable String information) {
    private static final int MAX_NAME = 200;
    private static final int MAX_INFORMATION = 1000;

    /**
     * Checks the values; the name and the information are trimmed, a blank information becomes null.
     *
     * @throws InvalidFacilityException if the name is blank or too long, or a text holds control characters (line
     *     breaks are allowed in the information)
     */
    public Facility {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(adresse, "adresse");
        Objects.requireNonNull(hours, "hours");
        name = name.strip();
        if (name.isEmpty()) {
            throw new InvalidFacilityException("nom", "must not be blank");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidFacilityException("nom", "must be at most " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidFacilityException("nom", "must not contain control characters");
        }
        if (information != null) {
            information = information.strip().replace("\r\n", "\n");
            if (information.isEmpty()) {
                information = null;
            } else if (information.length() > MAX_INFORMATION) {
                throw new InvalidFacilityException(
                        "informations", "must be at most " + MAX_INFORMATION + " characters");
            } else if (information.chars().anyMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f)) {
                throw new InvalidFacilityException(
                        "informations", "must not contain control characters but line feeds");
            }
        }
    }

    /**
     * Starts a facility.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this facility's values, to change some of them.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.category = category;
        builder.adresse = adresse;
        builder.coordinates = coordinates;
        builder.telephone = telephone;
        builder.email = email;
        builder.accessible = accessible;
        builder.hours = hours;
        builder.information = information;
        return builder;
    }

    /** Builds a {@link Facility}; id, name, category, address and hours are required. */
    public static final class Builder {
        private @Nullable FacilityId id;
        private @Nullable String name;
        private @Nullable FacilityCategory category;
        private @Nullable Adresse adresse;
        private @Nullable Coordinates coordinates;
        private @Nullable Telephone telephone;
        private @Nullable Email email;
        private @Nullable Boolean accessible;
        private @Nullable OpeningHours hours;
        private @Nullable String information;

        private Builder() {}

        /**
         * Sets the identifier.
         *
         * @param value the identifier
         * @return this builder
         */
        public Builder id(FacilityId value) {
            this.id = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the category.
         *
         * @param value the category
         * @return this builder
         */
        public Builder category(FacilityCategory value) {
            this.category = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the address.
         *
         * @param value the address
         * @return this builder
         */
        public Builder adresse(Adresse value) {
            this.adresse = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the position, or clears it.
         *
         * @param value the position, or null if unknown
         * @return this builder
         */
        public Builder coordinates(@Nullable Coordinates value) {
            this.coordinates = value;
            return this;
        }

        /**
         * Sets the telephone number, or clears it.
         *
         * @param value the number, or null if none is published
         * @return this builder
         */
        public Builder telephone(@Nullable Telephone value) {
            this.telephone = value;
            return this;
        }

        /**
         * Sets the email address, or clears it.
         *
         * @param value the address, or null if none is published
         * @return this builder
         */
        public Builder email(@Nullable Email value) {
            this.email = value;
            return this;
        }

        /**
         * Says whether the facility is accessible to people with reduced mobility, or that it is not known.
         *
         * @param value true or false, or null if unknown
         * @return this builder
         */
        public Builder accessible(@Nullable Boolean value) {
            this.accessible = value;
            return this;
        }

        /**
         * Sets the opening hours.
         *
         * @param value the hours
         * @return this builder
         */
        public Builder hours(OpeningHours value) {
            this.hours = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the practical information for visitors, or clears it.
         *
         * @param value the text, several lines allowed, or null
         * @return this builder
         */
        public Builder information(@Nullable String value) {
            this.information = value;
            return this;
        }

        /**
         * Builds the facility.
         *
         * @return the facility
         * @throws InvalidFacilityException if a required value is missing or a value is refused
         */
        public Facility build() {
            if (id == null) {
                throw new InvalidFacilityException("id", "is required");
            }
            if (name == null) {
                throw new InvalidFacilityException("nom", "is required");
            }
            if (category == null) {
                throw new InvalidFacilityException("categorie", "is required");
            }
            if (adresse == null) {
                throw new InvalidFacilityException("adresse", "is required");
            }
            if (hours == null) {
                throw new InvalidFacilityException("horaires", "is required");
            }
            return new Facility(
                    id, name, category, adresse, coordinates, telephone, email, accessible, hours, information);
        }
    }
}
