package fr.eadmin.identity.franceconnect;

import java.util.Objects;

/** How a FranceConnect callback ended: authenticated, or refused for one {@link FailureReason}. */
public sealed interface FranceConnectOutcome permits FranceConnectOutcome.Authenticated, FranceConnectOutcome.Refused {
    /**
     * Every check passed.
     *
     * @param login the login
     */
    record Authenticated(FranceConnectLogin login) implements FranceConnectOutcome {
        /** Checks the value. */
        public Authenticated {
            Objects.requireNonNull(login, "login");
        }
    }

    /**
     * A check failed: the usager is not logged in.
     *
     * @param reason the check that failed
     * @param detail a technical detail for a developer (no personal data)
     */
    record Refused(FailureReason reason, String detail) implements FranceConnectOutcome {
        /** Checks the values. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
