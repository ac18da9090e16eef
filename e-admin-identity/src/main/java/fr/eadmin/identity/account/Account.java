package fr.eadmin.identity.account;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Siren;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An account: who may log in, with what.
 *
 * <p>Rules: an agent ({@link AccountKind#isAgent()}) belongs to an organisation, a usager to none; only
 * agents enrol a TOTP second factor. Logins are unique ignoring case ({@link #loginKey(Email)}), although
 * {@link Email} keeps the case of the local part as typed.
 *
 * @param id the id
 * @param kind who holds it
 * @param login the email address used to log in
 * @param status where it stands
 * @param passwordHash the password hash, null until a password is set
 * @param totpSecret the TOTP secret of an agent, null if none is enrolled
 * @param lastTotpStep the step of the last TOTP code accepted, 0 if none (refuses replays)
 * @param organisation the SIREN of the agent's organisation, null for a usager
 * @param createdAt when it was created
 */
public record Account(
        AccountId id,
        AccountKind kind,
        Email login,
        AccountStatus status,
        @Nullable PasswordHash passwordHash,
        @Nullable TotpSecret totpSecret,
        long lastTotpStep,
        @Nullable Siren organisation,
        Instant createdAt) {
    /**
     * Checks the rules.
     *
     * @throws IllegalArgumentException if one is broken
     */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (kind.isAgent() != (organisation != null)) {
            throw new IllegalArgumentException("an agent belongs to an organisation, a usager to none");
        }
        if (!kind.isAgent() && totpSecret != null) {
            throw new IllegalArgumentException("only agents enrol a TOTP second factor");
        }
        if (lastTotpStep < 0) {
            throw new IllegalArgumentException("the last TOTP step is not negative");
        }
    }

    /**
     * A new usager account, waiting for its email address to be verified, without a password.
     *
     * @param id the id
     * @param login the login
     * @param createdAt now
     * @return the account
     */
    public static Account newUsager(AccountId id, Email login, Instant createdAt) {
        return new Account(
                id, AccountKind.USAGER, login, AccountStatus.PENDING_VERIFICATION, null, null, 0, null, createdAt);
    }

    /**
     * A new agent account (of the town, or of a partner organisation), waiting for its email address to
     * be verified, without a password.
     *
     * @param id the id
     * @param kind {@link AccountKind#AGENT} or {@link AccountKind#PARTNER_AGENT}
     * @param login the login
     * @param organisation the organisation's SIREN
     * @param createdAt now
     * @return the account
     */
    public static Account newAgent(AccountId id, AccountKind kind, Email login, Siren organisation, Instant createdAt) {
        Objects.requireNonNull(organisation, "organisation");
        return new Account(id, kind, login, AccountStatus.PENDING_VERIFICATION, null, null, 0, organisation, createdAt);
    }

    /**
     * The key under which logins are unique: the address in lower case.
     *
     * @param login the login
     * @return the key
     */
    public static String loginKey(Email login) {
        return login.value().toLowerCase(Locale.ROOT);
    }

    /**
     * This account with another status.
     *
     * @param newStatus the status
     * @return this account with another status
     */
    public Account withStatus(AccountStatus newStatus) {
        return new Account(id, kind, login, newStatus, passwordHash, totpSecret, lastTotpStep, organisation, createdAt);
    }

    /**
     * This account with another password hash.
     *
     * @param hash the new password hash
     * @return this account with another password hash
     */
    public Account withPasswordHash(PasswordHash hash) {
        return new Account(
                id,
                kind,
                login,
                status,
                Objects.requireNonNull(hash, "hash"),
                totpSecret,
                lastTotpStep,
                organisation,
                createdAt);
    }

    /**
     * This account with another TOTP secret (or none) and no step used yet.
     *
     * @param secret the TOTP secret to enrol, or null to remove the second factor
     * @return this account with another TOTP secret and no step used yet
     */
    public Account withTotpSecret(@Nullable TotpSecret secret) {
        return new Account(id, kind, login, status, passwordHash, secret, 0, organisation, createdAt);
    }

    /**
     * This account remembering the step of the TOTP code just accepted, so that it is not accepted twice.
     *
     * @param step the step of the TOTP code just accepted
     * @return this account remembering it
     */
    public Account withLastTotpStep(long step) {
        return new Account(id, kind, login, status, passwordHash, totpSecret, step, organisation, createdAt);
    }
}
