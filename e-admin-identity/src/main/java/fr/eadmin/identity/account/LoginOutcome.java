package fr.eadmin.identity.account;

import java.time.Duration;
import java.util.Objects;

/** What a login attempt gives. Closed set: switch over it. */
public sealed interface LoginOutcome {
    /**
     * The holder is authenticated.
     *
     * @param accountId the account
     */
    record Success(AccountId accountId) implements LoginOutcome {
        /** Checks the id. */
        public Success {
            Objects.requireNonNull(accountId, "accountId");
        }
    }

    /**
     * The password (or second factor) is wrong, or the login unknown, or the account disabled: one answer
     * for all, so that nobody learns which logins exist.
     */
    record BadCredentials() implements LoginOutcome {}

    /** The password is right but the account is locked. */
    record Locked() implements LoginOutcome {}

    /** The password is right but the email address is not verified yet. */
    record EmailNotVerified() implements LoginOutcome {}

    /**
     * Too many failures: try again later. No password was checked.
     *
     * @param retryAfter how long to wait
     */
    record Throttled(Duration retryAfter) implements LoginOutcome {
        /** Checks the wait is positive. */
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("a wait is positive");
            }
        }
    }

    /**
     * The password is right; the agent must now give a TOTP code to {@link Authenticator#secondFactor},
     * with this challenge, within {@link TokenPurpose#SECOND_FACTOR}'s validity (5 minutes).
     *
     * @param challenge a single-use token naming the account, to keep in the half-open session; {@link
     *     #toString()} does not show it
     */
    record SecondFactorRequired(String challenge) implements LoginOutcome {
        /** Checks the challenge is present. */
        public SecondFactorRequired {
            Objects.requireNonNull(challenge, "challenge");
        }

        @Override
        public String toString() {
            return "SecondFactorRequired[]";
        }
    }
}
