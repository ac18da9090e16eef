package fr.eadmin.archive.seda;

import java.util.Objects;

/** Checks of the texts that go into a manifest. */
final class Text {
    private Text() {}

    /**
     * Checks that a value is a non-blank token without control characters.
     *
     * @param value the value
     * @param field the field name for the message
     */
    static void requireToken(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.length() > 1000) {
            throw new IllegalArgumentException(field + " must be 1 to 1000 characters, not blank");
        }
        requireNoControl(value, field);
    }

    /**
     * Checks that a value has no control characters XML 1.0 cannot carry.
     *
     * @param value the value
     * @param field the field name for the message
     */
    static void requireNoControl(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException(field + " holds a character XML cannot carry");
            }
        }
    }
}
