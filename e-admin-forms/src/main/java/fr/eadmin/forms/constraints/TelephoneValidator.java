package fr.eadmin.forms.constraints;

/**
 * Checks {@link Telephone @Telephone}: delegates to {@link fr.eadmin.core.identifier.Telephone#isValid(String)}.
 */
public final class TelephoneValidator extends IdentifierValidator<Telephone> {
    /** Creates the validator (stateless, thread-safe). */
    public TelephoneValidator() {
        super(fr.eadmin.core.identifier.Telephone::isValid);
    }
}
