package fr.eadmin.core.facility;

import fr.eadmin.core.UuidV7;
import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a facility in a town's directory: a UUIDv7 generated once, or the town's own reference
 * (such as {@code "GREASQUE-MAIRIE"}) when it already has one. It is published in the open data, so it never
 * changes once the facility is listed.
 *
 * @param value 1 to 64 characters: ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter
 *     or a digit
 */
public record FacilityId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /**
     * Checks the value.
     *
     * @throws InvalidFacilityException if it does not follow the format
     */
    public FacilityId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidFacilityException(
                    "id", "must be 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /**
     * An identifier the town already uses.
     *
     * @param reference the reference, such as {@code "GREASQUE-MAIRIE"}
     * @return the identifier
     * @throws InvalidFacilityException if the reference does not follow the format
     */
    public static FacilityId of(String reference) {
        return new FacilityId(reference);
    }

    /**
     * A new UUIDv7 identifier.
     *
     * @param clock the clock giving the UUID's time
     * @return the identifier
     */
    public static FacilityId random(Clock clock) {
        return new FacilityId(UuidV7.next(clock).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
