package fr.eadmin.forms.constraints;

/**
 * Checks {@link Iban @Iban}: delegates to {@link fr.eadmin.core.identifier.Iban#isValid(String)}.
 */
public final class IbanValidator extends IdentifierValidator<Iban> {
    /** Creates the validator (stateless, thread-safe). */
    public IbanValidator() {
        super(fr.eadmin.core.identifier.Iban::isValid);
    }
}
