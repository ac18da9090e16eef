package fr.eadmin.forms.constraints;

/**
 * Checks {@link Nir @Nir}: delegates to {@link fr.eadmin.core.identifier.Nir#isValid(String)}.
 */
public final class NirValidator extends IdentifierValidator<Nir> {
    /** Creates the validator (stateless, thread-safe). */
    public NirValidator() {
        super(fr.eadmin.core.identifier.Nir::isValid);
    }
}
