package fr.eadmin.identity.franceconnect;

import java.net.URI;
import java.util.Objects;

/**
 * Where to send the usager's browser to log in with FranceConnect, and the login to remember meanwhile.
 *
 * @param uri the authorization URL, to answer with a redirection
 * @param pendingLogin the login started; keep its state in the session
 */
public record AuthorizationRequest(URI uri, PendingLogin pendingLogin) {
    /** Checks the values. */
    public AuthorizationRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(pendingLogin, "pendingLogin");
    }
}
