package fr.eadmin.core.facility;

import java.math.BigDecimal;

/**
 * A position in WGS84 (the datum of GPS and of OpenStreetMap), in decimal degrees.
 *
 * @param latitude from -90 to 90, positive north
 * @param longitude from -180 to 180, positive east
 */
public record Coordinates(double latitude, double longitude) {
    /**
     * Checks the ranges.
     *
     * @throws InvalidFacilityException if a value is out of range or not a number
     */
    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidFacilityException("latitude", "must be between -90 and 90 degrees");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidFacilityException("longitude", "must be between -180 and 180 degrees");
        }
    }

    /**
     * A position.
     *
     * @param latitude from -90 to 90
     * @param longitude from -180 to 180
     * @return the position
     * @throws InvalidFacilityException if a value is out of range
     */
    public static Coordinates of(double latitude, double longitude) {
        return new Coordinates(latitude, longitude);
    }

    /**
     * The latitude as plain decimal text, without exponent: {@code 43.4339}.
     *
     * @return the text
     */
    public String latitudeText() {
        return plain(latitude);
    }

    /**
     * The longitude as plain decimal text, without exponent: {@code 5.5446}.
     *
     * @return the text
     */
    public String longitudeText() {
        return plain(longitude);
    }

    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        if (decimal.scale() < 0) {
            decimal = decimal.setScale(0);
        }
        return decimal.toPlainString();
    }
}
