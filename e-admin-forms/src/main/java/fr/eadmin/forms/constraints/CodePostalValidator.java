package fr.eadmin.forms.constraints;

/**
 * Checks {@link CodePostal @CodePostal}: delegates to {@link fr.eadmin.core.identifier.CodePostal#isValid(String)}.
 */
public final class CodePostalValidator extends IdentifierValidator<CodePostal> {
    /** Creates the validator (stateless, thread-safe). */
    public CodePostalValidator() {
        super(fr.eadmin.core.identifier.CodePostal::isValid);
    }
}
