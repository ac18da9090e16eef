package fr.eadmin.identity.account;

import java.util.Objects;

/** What redeeming a token gives. Closed set: switch over it. */
public sealed interface TokenRedemption {
    /**
     * The token was valid and is now used.
     *
     * @param accountId the account it was issued for
     */
    record Redeemed(AccountId accountId) implements TokenRedemption {
        /** Checks the id. */
        public Redeemed {
            Objects.requireNonNull(accountId, "accountId");
        }
    }

    /** No such token for this purpose (or malformed). */
    record Unknown() implements TokenRedemption {}

    /** The token was already used, or replaced by a newer one. */
    record AlreadyUsed() implements TokenRedemption {}

    /** The token expired. */
    record Expired() implements TokenRedemption {}
}
