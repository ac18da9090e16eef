package fr.eadmin.identity.account.spi;

import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.authz.ReadOnlyGrant;
import java.util.Set;

/**
 * Keeps the {@link ReadOnlyGrant}s the {@link fr.eadmin.identity.authz.Authorizer} applies. Implementations
 * are thread-safe.
 */
public interface GrantStore {
    /**
     * Records a grant.
     *
     * @param grant the grant
     * @return true if it was new, false if it existed already
     */
    boolean grant(ReadOnlyGrant grant);

    /**
     * Withdraws a grant.
     *
     * @param grant the grant
     * @return true if it existed
     */
    boolean revoke(ReadOnlyGrant grant);

    /**
     * The grants given to an account.
     *
     * @param account the account
     * @return its grants
     */
    Set<ReadOnlyGrant> grantsOf(AccountId account);

    /**
     * Every grant, for {@link fr.eadmin.identity.authz.Authorizer#withReadOnlyGrants}.
     *
     * @return the grants
     */
    Set<ReadOnlyGrant> all();
}
