package fr.eadmin.forms.constraints;

/**
 * Checks {@link Siren @Siren}: delegates to {@link fr.eadmin.core.identifier.Siren#isValid(String)}.
 */
public final class SirenValidator extends IdentifierValidator<Siren> {
    /** Creates the validator (stateless, thread-safe). */
    public SirenValidator() {
        super(fr.eadmin.core.identifier.Siren::isValid);
    }
}
