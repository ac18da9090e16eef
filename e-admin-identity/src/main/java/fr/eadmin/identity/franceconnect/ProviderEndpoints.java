package fr.eadmin.identity.franceconnect;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.identity.franceconnect.internal.Json;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The provider's endpoints, given explicitly or read from its discovery document
 * ({@code /.well-known/openid-configuration}).
 *
 * @param issuer the issuer identifier, as the {@code iss} claim carries it
 * @param authorization the authorization endpoint
 * @param token the token endpoint
 * @param userinfo the userinfo endpoint
 * @param jwks the JWKS of the provider's signing keys
 * @param endSession the logout endpoint, if any
 */
public record ProviderEndpoints(
        String issuer,
        URI authorization,
        URI token,
        URI userinfo,
        URI jwks,
        @Nullable URI endSession) {
    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if an endpoint is not an absolute http(s) URL
     */
    public ProviderEndpoints {
        Objects.requireNonNull(issuer, "issuer");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("the issuer is not blank");
        }
        checkUrl(authorization, "authorization");
        checkUrl(token, "token");
        checkUrl(userinfo, "userinfo");
        checkUrl(jwks, "jwks");
        if (endSession != null) {
            checkUrl(endSession, "endSession");
        }
    }

    /**
     * Reads a discovery document.
     *
     * @param json the document, UTF-8 JSON
     * @param expectedIssuer the issuer it must declare
     * @return the endpoints
     * @throws TokenRejectedException {@link FailureReason#ISSUER_MISMATCH} if it declares another issuer,
     *     {@link FailureReason#MALFORMED_TOKEN} if it is unreadable
     */
    public static ProviderEndpoints fromDiscovery(byte[] json, String expectedIssuer) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(expectedIssuer, "expectedIssuer");
        try {
            ObjectNode document = Json.object(json);
            String issuer = Json.text(document, "issuer");
            if (!issuer.equals(expectedIssuer)) {
                throw new TokenRejectedException(
                        FailureReason.ISSUER_MISMATCH, "the discovery document declares another issuer");
            }
            String endSession = Json.optionalText(document, "end_session_endpoint");
            return new ProviderEndpoints(
                    issuer,
                    URI.create(Json.text(document, "authorization_endpoint")),
                    URI.create(Json.text(document, "token_endpoint")),
                    URI.create(Json.text(document, "userinfo_endpoint")),
                    URI.create(Json.text(document, "jwks_uri")),
                    endSession == null ? null : URI.create(endSession));
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(
                    FailureReason.MALFORMED_TOKEN, "unreadable discovery document: " + e.getMessage(), e);
        }
    }

    private static void checkUrl(URI uri, String name) {
        Objects.requireNonNull(uri, name);
        String scheme = uri.getScheme();
        if (!uri.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException("the " + name + " endpoint is an absolute http(s) URL");
        }
    }
}
