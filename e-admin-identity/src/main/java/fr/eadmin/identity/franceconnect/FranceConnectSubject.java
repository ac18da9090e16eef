package fr.eadmin.identity.franceconnect;

import java.util.Objects;

/**
 * The {@code sub} FranceConnect gives a person for one service provider: stable across logins, different
 * for each service provider, not personal data by itself but a link to a person, so it is never logged.
 *
 * @param value the identifier, 1 to 255 printable ASCII characters
 */
public record FranceConnectSubject(String value) {
    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if it is empty, longer than 255 characters or not printable ASCII
     */
    public FranceConnectSubject {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 255 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a subject is 1 to 255 printable ASCII characters");
        }
    }

    @Override
    public String toString() {
        return "FranceConnectSubject[" + value.length() + " characters]";
    }
}
