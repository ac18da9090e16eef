package fr.eadmin.payment.spi;

import java.util.Objects;

/**
 * One configuration parameter of a provider, described so that an administration screen can be built.
 *
 * @param name the parameter's name, such as {@code numcli}
 * @param label what it is, in French, for the screen
 * @param type the kind of value
 * @param required whether the provider cannot work without it
 * @param secret whether the value is a secret (a key, a password): never shown back, never logged
 */
public record ConfigParameter(String name, String label, Type type, boolean required, boolean secret) {
    /** The kind of value a parameter takes. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** Digits only, such as a client number. */
        DIGITS,
        /** An absolute URL. */
        URL,
        /** A key or a password. */
        KEY,
        /** A yes or no switch. */
        BOOLEAN,
        /** One of a list of values the provider documents. */
        CHOICE
    }

    /** Checks the values. */
    public ConfigParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
    }
}
