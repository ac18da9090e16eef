package fr.eadmin.core.usager;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a usager: any of an email address, a telephone number and a postal address, each optional.
 *
 * @param email the email address, if known
 * @param telephone the telephone number, if known
 * @param adresse the postal address, if known
 */
public record Contact(
        @Nullable Email email,
        @Nullable Telephone telephone,
        @Nullable Adresse adresse) {
    /** No way to reach the usager is known. */
    public static final Contact NONE = new Contact(null, null, null);

    /**
     * A copy with another email address.
     *
     * @param newEmail the new email address, or null to forget it
     * @return the new contact
     */
    public Contact withEmail(@Nullable Email newEmail) {
        return new Contact(newEmail, telephone, adresse);
    }

    /**
     * A copy with another telephone number.
     *
     * @param newTelephone the new number, or null to forget it
     * @return the new contact
     */
    public Contact withTelephone(@Nullable Telephone newTelephone) {
        return new Contact(email, newTelephone, adresse);
    }

    /**
     * A copy with another postal address.
     *
     * @param newAdresse the new address, or null to forget it
     * @return the new contact
     */
    public Contact withAdresse(@Nullable Adresse newAdresse) {
        return new Contact(email, telephone, newAdresse);
    }
}
