package fr.eadmin.identity.authz;

import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.AccountId;
import java.util.Objects;

/**
 * A grant to consult, and only consult, the demandes and the dossier of one usager: a parents' space that
 * follows a child's inscriptions, a social worker's view. It never allows any other {@link Action}.
 *
 * @param account the account it is granted to
 * @param usager the usager whose demandes and dossier it may consult
 */
public record ReadOnlyGrant(AccountId account, UsagerId usager) {
    /** Checks the values. */
    public ReadOnlyGrant {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(usager, "usager");
    }
}
