package fr.eadmin.forms.constraints;

/**
 * Checks {@link Email @Email}: delegates to {@link fr.eadmin.core.identifier.Email#isValid(String)}.
 */
public final class EmailValidator extends IdentifierValidator<Email> {
    /** Creates the validator (stateless, thread-safe). */
    public EmailValidator() {
        super(fr.eadmin.core.identifier.Email::isValid);
    }
}
