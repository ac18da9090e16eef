package fr.eadmin.identity.jdbc;

import fr.eadmin.core.EAdminException;
import fr.eadmin.identity.account.AccountId;
import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The TOTP secret stored for an account does not decrypt with the store's key: the key is not the one it was
 * encrypted with, the value was copied from another account's row, or it was stored in clear. The account
 * cannot use its second factor until the right key is configured or the secret is enrolled again.
 */
public final class UndecryptableTotpSecretException extends EAdminException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #account()}. */
    private final String account;

    /**
     * Creates the exception.
     *
     * @param account the account whose secret does not decrypt
     * @param reason why, without any secret
     * @param cause the cipher's failure, if any
     */
    public UndecryptableTotpSecretException(AccountId account, String reason, @Nullable Throwable cause) {
        super("the TOTP secret of account " + account + " does not decrypt: " + reason, cause);
        this.account = account.toString();
    }

    /** {@return the account whose secret does not decrypt} */
    public AccountId account() {
        return AccountId.parse(account);
    }
}
