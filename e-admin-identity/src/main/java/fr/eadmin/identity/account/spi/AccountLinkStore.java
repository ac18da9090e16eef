package fr.eadmin.identity.account.spi;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.franceconnect.FranceConnectSubject;
import java.util.Optional;

/**
 * Keeps what an account is linked to: the {@link fr.eadmin.core.usager.Individu} whose account it is, and the
 * FranceConnect subject that logs into it. Each link is one-to-one: an account has at most one individu and
 * one subject, an individu and a subject at most one account. {@link #individuOf} is the function the
 * {@link fr.eadmin.identity.authz.Authorizer} asks for. Implementations are thread-safe; of two concurrent
 * links that conflict, one wins and the other gets a {@link DuplicateKeyException}.
 */
public interface AccountLinkStore {
    /** The aggregate type in exceptions. */
    String AGGREGATE_TYPE = "account link";

    /**
     * Links an account to its individu.
     *
     * @param account the account
     * @param individu the individu
     * @throws DuplicateKeyException if the account already has an individu ({@code key} "account") or the
     *     individu already has an account ({@code key} "individu")
     */
    void linkIndividu(AccountId account, UsagerId individu);

    /**
     * The individu of an account.
     *
     * @param account the account
     * @return the individu, if linked
     */
    Optional<UsagerId> individuOf(AccountId account);

    /**
     * The account of an individu.
     *
     * @param individu the individu
     * @return the account, if linked
     */
    Optional<AccountId> accountOfIndividu(UsagerId individu);

    /**
     * Removes the link of an account to its individu.
     *
     * @param account the account
     * @return true if there was one
     */
    boolean unlinkIndividu(AccountId account);

    /**
     * Links an account to a FranceConnect subject.
     *
     * @param account the account
     * @param subject the subject
     * @throws DuplicateKeyException if the account already has a subject ({@code key} "account") or the
     *     subject already has an account ({@code key} "subject")
     */
    void linkFranceConnect(AccountId account, FranceConnectSubject subject);

    /**
     * The account a FranceConnect subject logs into.
     *
     * @param subject the subject
     * @return the account, if linked
     */
    Optional<AccountId> accountOfFranceConnect(FranceConnectSubject subject);

    /**
     * The FranceConnect subject of an account.
     *
     * @param account the account
     * @return the subject, if linked
     */
    Optional<FranceConnectSubject> franceConnectOf(AccountId account);

    /**
     * Removes the link of an account to FranceConnect.
     *
     * @param account the account
     * @return true if there was one
     */
    boolean unlinkFranceConnect(AccountId account);
}
