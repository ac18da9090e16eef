package fr.eadmin.forms.constraints;

/**
 * Checks {@link Siret @Siret}: delegates to {@link fr.eadmin.core.identifier.Siret#isValid(String)}.
 */
public final class SiretValidator extends IdentifierValidator<Siret> {
    /** Creates the validator (stateless, thread-safe). */
    public SiretValidator() {
        super(fr.eadmin.core.identifier.Siret::isValid);
    }
}
