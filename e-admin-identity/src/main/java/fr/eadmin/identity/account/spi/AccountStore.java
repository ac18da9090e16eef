package fr.eadmin.identity.account.spi;

import fr.eadmin.core.ConcurrentUpdateException;
import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import java.util.Optional;

/**
 * Keeps accounts, with optimistic locking.
 *
 * <p>What a JDBC implementation needs (a later step): a table {@code account} with {@code id} (UUID,
 * primary key), {@code kind} and {@code status} (short text), {@code login} (text, up to 254 characters)
 * and {@code login_key} (its lower-case form, UNIQUE: logins are unique ignoring case), {@code
 * password_hash} (text, nullable, a PHC string under 200 characters), {@code totp_secret} (bytes, nullable;
 * it must be readable to compute codes, so encrypt it at rest with a key outside the database), {@code
 * last_totp_step} (bigint), {@code organisation} (9-character SIREN, nullable), {@code created_at}
 * (timestamp with time zone) and {@code version} (bigint). Updating {@code last_totp_step} under the
 * version check is what refuses a TOTP code replayed on another node.
 */
public interface AccountStore {
    /** The aggregate type in exceptions. */
    String AGGREGATE_TYPE = "account";

    /**
     * Stores a new account at version 1.
     *
     * @param account the account
     * @return it, versioned
     * @throws DuplicateKeyException if the id or the login (ignoring case) is taken; the key named is
     *     the id or {@code "login"}, never the address
     */
    Versioned<Account> create(Account account);

    /**
     * Finds an account by id.
     *
     * @param id the id
     * @return the account, if any
     */
    Optional<Versioned<Account>> find(AccountId id);

    /**
     * Finds an account by login, ignoring case.
     *
     * @param login the login
     * @return the account, if any
     */
    Optional<Versioned<Account>> findByLogin(Email login);

    /**
     * Replaces an account.
     *
     * @param account the new state
     * @param expectedVersion the version read
     * @return the new state, versioned
     * @throws NotFoundException if there is no such account
     * @throws ConcurrentUpdateException if the version changed
     * @throws DuplicateKeyException if the new login is taken
     */
    Versioned<Account> update(Account account, long expectedVersion);
}
