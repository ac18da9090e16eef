package fr.eadmin.identity.franceconnect.spi;

import fr.eadmin.identity.franceconnect.PendingLogin;
import java.util.Optional;

/**
 * Keeps the logins started and not yet finished, so that each is finished at most once: a callback
 * replayed, or raced on two nodes, finds nothing the second time. Implementations are thread-safe and
 * {@link #take} is atomic.
 */
public interface PendingLoginStore {
    /**
     * Keeps a login just started.
     *
     * @param login the login
     */
    void save(PendingLogin login);

    /**
     * Removes and returns the login of a state, atomically: of two concurrent calls with one state, at most
     * one gets it.
     *
     * @param state the state of the login
     * @return the login, or empty if it was never saved or was already taken
     */
    Optional<PendingLogin> take(String state);
}
