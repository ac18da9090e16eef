package fr.eadmin.forms.constraints;

/**
 * Checks {@link Bic @Bic}: delegates to {@link fr.eadmin.core.identifier.Bic#isValid(String)}.
 */
public final class BicValidator extends IdentifierValidator<Bic> {
    /** Creates the validator (stateless, thread-safe). */
    public BicValidator() {
        super(fr.eadmin.core.identifier.Bic::isValid);
    }
}
