package fr.eadmin.identity.franceconnect.spi;

import java.io.IOException;

/**
 * Sends a request to the OpenID provider and returns its answer, whatever the status. The default
 * implementation is {@link fr.eadmin.identity.franceconnect.JavaNetOpenIdHttpClient}; {@link
 * fr.eadmin.identity.franceconnect.local.LocalOpenIdProvider} answers in-process. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface OpenIdHttpClient {
    /**
     * Sends a request.
     *
     * @param request the request
     * @return the answer, of any status
     * @throws IOException if no answer came (network, timeout)
     */
    OpenIdHttpResponse send(OpenIdHttpRequest request) throws IOException;
}
