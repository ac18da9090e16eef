package fr.eadmin.core.spi;

import fr.eadmin.core.EAdminException;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.io.Serial;

/**
 * An update tried to store a usager of another kind under an existing id (an {@code Individu} replaced by
 * an {@code Entreprise}). A usager never changes kind; nothing was written.
 */
public final class UsagerKindChangeException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #usagerId()}. */
    private final UsagerId usagerId;
    /** See {@link #storedKind()}. */
    private final UsagerKind storedKind;
    /** See {@link #givenKind()}. */
    private final UsagerKind givenKind;

    /**
     * Creates the exception.
     *
     * @param usagerId the id of the usager
     * @param storedKind the kind of the stored usager
     * @param givenKind the kind of the usager the update carried
     */
    public UsagerKindChangeException(UsagerId usagerId, UsagerKind storedKind, UsagerKind givenKind) {
        super("usager " + usagerId + " is a " + storedKind + " and cannot become a " + givenKind);
        this.usagerId = usagerId;
        this.storedKind = storedKind;
        this.givenKind = givenKind;
    }

    /**
     * The id of the usager.
     *
     * @return the id
     */
    public UsagerId usagerId() {
        return usagerId;
    }

    /**
     * The kind of the stored usager.
     *
     * @return the stored kind
     */
    public UsagerKind storedKind() {
        return storedKind;
    }

    /**
     * The kind the update tried to store.
     *
     * @return the given kind
     */
    public UsagerKind givenKind() {
        return givenKind;
    }
}
