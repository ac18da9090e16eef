package fr.eadmin.identity.account;

import java.time.Duration;

/** What a single-use token is for, and how long it lives by default. */
public enum TokenPurpose {
    /** Proves the holder reads the mailbox of the login: 48 hours. */
    EMAIL_VERIFICATION(Duration.ofHours(48)),
    /** Lets the holder choose a new password: 1 hour. */
    PASSWORD_RESET(Duration.ofHours(1)),
    /** Carries a login from the accepted password to the TOTP code: 5 minutes. */
    SECOND_FACTOR(Duration.ofMinutes(5));

    private final Duration defaultValidity;

    TokenPurpose(Duration defaultValidity) {
        this.defaultValidity = defaultValidity;
    }

    /** {@return how long a token lives unless told otherwise} */
    public Duration defaultValidity() {
        return defaultValidity;
    }
}
