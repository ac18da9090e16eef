package fr.eadmin.identity.account;

import fr.eadmin.core.identifier.InvalidIdentifierException;
import java.util.Objects;
import java.util.UUID;

/**
 * The technical id of an account.
 *
 * @param value the UUID
 */
public record AccountId(UUID value) {
    /**
     * Checks the value.
     *
     * @throws NullPointerException if it is null
     */
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * A new random id.
     *
     * @return the id
     */
    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    /**
     * Parses the canonical text form of a UUID.
     *
     * @param text the text
     * @return the id
     * @throws InvalidIdentifierException if the text is not a UUID
     */
    public static AccountId parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new InvalidIdentifierException("AccountId", "not a canonical UUID");
            }
            return new AccountId(uuid);
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentifierException("AccountId", "not a UUID");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
