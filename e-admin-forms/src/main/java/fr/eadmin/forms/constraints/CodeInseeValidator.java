package fr.eadmin.forms.constraints;

/**
 * Checks {@link CodeInsee @CodeInsee}: delegates to {@link fr.eadmin.core.identifier.CodeInsee#isValid(String)}.
 */
public final class CodeInseeValidator extends IdentifierValidator<CodeInsee> {
    /** Creates the validator (stateless, thread-safe). */
    public CodeInseeValidator() {
        super(fr.eadmin.core.identifier.CodeInsee::isValid);
    }
}
