package fr.eadmin.forms.constraints;

/**
 * Checks {@link Rna @Rna}: delegates to {@link fr.eadmin.core.identifier.Rna#isValid(String)}.
 */
public final class RnaValidator extends IdentifierValidator<Rna> {
    /** Creates the validator (stateless, thread-safe). */
    public RnaValidator() {
        super(fr.eadmin.core.identifier.Rna::isValid);
    }
}
