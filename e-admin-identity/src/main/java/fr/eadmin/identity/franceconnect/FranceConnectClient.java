package fr.eadmin.identity.franceconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.identity.franceconnect.internal.Base64Url;
import fr.eadmin.identity.franceconnect.internal.Json;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpClient;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpResponse;
import fr.eadmin.identity.franceconnect.spi.PendingLoginStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs usagers in with FranceConnect (OpenID Connect authorization code flow).
 *
 * {@snippet :
 * FranceConnectClient client = FranceConnectClient.create(settings, JavaNetOpenIdHttpClient.create(timeout),
 *         new InMemoryPendingLoginStore(), clock, new SecureRandom());
 * // GET /franceconnect/login
 * AuthorizationRequest request = client.begin();
 * session.put("fc-state", request.pendingLogin().state());
 * // answer: 302 to request.uri()
 * // GET /franceconnect/callback?code=...&state=...
 * FranceConnectOutcome outcome = client.complete(session.get("fc-state"), CallbackParameters.fromQuery(query));
 * if (outcome instanceof FranceConnectOutcome.Authenticated ok) {
 *     // ok.login().subject() finds or links the account; ok.login().identity() fills the individu
 * }
 * }
 *
 * <p>{@link #complete} checks the state against the session's in constant time, consumes the pending login
 * (a replayed callback finds none: {@link FailureReason#REPLAYED}), exchanges the code at the token endpoint,
 * verifies the ID token ({@link IdTokenVerifier}), then reads userinfo (plain JSON or a signed JWT) when an
 * identité pivot scope was asked for. Every refusal is a {@link FranceConnectOutcome.Refused} with its
 * reason, logged with the reason only. Thread-safe.
 */
public final class FranceConnectClient {
    private static final Logger LOG = LoggerFactory.getLogger(FranceConnectClient.class);
    private static final int RANDOM_BYTES = 32;

    private final FranceConnectSettings settings;
    private final OpenIdHttpClient http;
    private final PendingLoginStore pendingLogins;
    private final Clock clock;
    private final SecureRandom random;
    private final IdTokenVerifier verifier;

    private FranceConnectClient(
            FranceConnectSettings settings,
            OpenIdHttpClient http,
            PendingLoginStore pendingLogins,
            Clock clock,
            SecureRandom random) {
        this.settings = settings;
        this.http = http;
        this.pendingLogins = pendingLogins;
        this.clock = clock;
        this.random = random;
        this.verifier = IdTokenVerifier.create(
                settings,
                ProviderKeys.fetchedFrom(http, settings.endpoints().jwks(), clock, settings.jwksRefreshInterval()),
                clock);
    }

    /**
     * A client. Nothing is fetched until the first login comes back.
     *
     * @param settings the settings
     * @param http how to reach the provider
     * @param pendingLogins where started logins wait
     * @param clock the clock
     * @param random the source of states and nonces
     * @return the client
     */
    public static FranceConnectClient create(
            FranceConnectSettings settings,
            OpenIdHttpClient http,
            PendingLoginStore pendingLogins,
            Clock clock,
            SecureRandom random) {
        return new FranceConnectClient(
                Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(http, "http"),
                Objects.requireNonNull(pendingLogins, "pendingLogins"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(random, "random"));
    }

    /**
     * Reads the provider's discovery document ({@code <issuer>/.well-known/openid-configuration}).
     *
     * @param http how to reach the provider
     * @param issuer the issuer identifier
     * @return the endpoints
     * @throws TokenRejectedException {@link FailureReason#PROVIDER_UNREACHABLE} if it cannot be fetched,
     *     {@link FailureReason#ISSUER_MISMATCH} or {@link FailureReason#MALFORMED_TOKEN} if it is wrong
     */
    public static ProviderEndpoints discover(OpenIdHttpClient http, String issuer) {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(issuer, "issuer");
        URI uri = URI.create((issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration");
        OpenIdHttpResponse response;
        try {
            response = http.send(OpenIdHttpRequest.get(uri, Map.of("Accept", "application/json")));
        } catch (IOException e) {
            throw new TokenRejectedException(FailureReason.PROVIDER_UNREACHABLE, "discovery not fetched", e);
        }
        if (response.status() != 200) {
            throw new TokenRejectedException(
                    FailureReason.PROVIDER_UNREACHABLE, "discovery answered HTTP " + response.status());
        }
        return ProviderEndpoints.fromDiscovery(response.body(), issuer);
    }

    /**
     * Starts a login: a fresh state and nonce (256 random bits each), kept in the pending login store.
     *
     * @return the URL to redirect the browser to, and the pending login
     */
    public AuthorizationRequest begin() {
        PendingLogin pending = new PendingLogin(randomToken(), randomToken(), settings.level(), clock.instant());
        pendingLogins.save(pending);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", settings.redirectUri().toString());
        query.put("scope", String.join(" ", settings.scopes()));
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("acr_values", pending.requestedLevel().acr());
        URI authorization = settings.endpoints().authorization();
        String separator = authorization.getRawQuery() == null ? "?" : "&";
        return new AuthorizationRequest(URI.create(authorization + separator + form(query)), pending);
    }

    /**
     * Finishes a login from the callback.
     *
     * @param sessionState the state kept in the usager's session when the login started
     * @param callback the callback's parameters
     * @return authenticated, or refused with the reason
     */
    public FranceConnectOutcome complete(String sessionState, CallbackParameters callback) {
        Objects.requireNonNull(sessionState, "sessionState");
        Objects.requireNonNull(callback, "callback");
        try {
            FranceConnectLogin login = authenticate(sessionState, callback);
            LOG.info("FranceConnect login completed at {}", login.level().acr());
            return new FranceConnectOutcome.Authenticated(login);
        } catch (TokenRejectedException e) {
            LOG.warn("FranceConnect login refused: {}", e.reason());
            return new FranceConnectOutcome.Refused(e.reason(), e.getMessage());
        }
    }

    private FranceConnectLogin authenticate(String sessionState, CallbackParameters callback) {
        String state = callback.state();
        if (state == null || !constantTimeEquals(state, sessionState)) {
            throw new TokenRejectedException(FailureReason.STATE_MISMATCH, "the callback's state is not the session's");
        }
        PendingLogin pending = pendingLogins
                .take(sessionState)
                .orElseThrow(() -> new TokenRejectedException(
                        FailureReason.REPLAYED, "no pending login for this state: already used or never started"));
        Instant now = clock.instant();
        if (now.isAfter(pending.createdAt().plus(settings.loginLifetime()))) {
            throw new TokenRejectedException(FailureReason.LOGIN_EXPIRED, "the login took too long");
        }
        String error = callback.error();
        if (error != null) {
            throw new TokenRejectedException(FailureReason.PROVIDER_ERROR, "provider error " + errorCode(error));
        }
        String code = callback.code();
        if (code == null || code.isEmpty()) {
            throw new TokenRejectedException(FailureReason.MISSING_CODE, "the callback has no code");
        }
        ObjectNode tokens = exchange(code);
        String idToken;
        String accessToken;
        try {
            idToken = Json.text(tokens, "id_token");
            accessToken = Json.text(tokens, "access_token");
            String type = Json.optionalText(tokens, "token_type");
            if (type != null && !type.equalsIgnoreCase("Bearer")) {
                throw new IllegalArgumentException("token_type is not Bearer");
            }
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(FailureReason.TOKEN_EXCHANGE_FAILED, e.getMessage(), e);
        }
        IdTokenClaims claims = verifier.verify(idToken, pending.nonce(), pending.requestedLevel());
        IdentitePivot identity = null;
        if (settings.asksForIdentity()) {
            JsonNode userinfo = userinfo(accessToken);
            FranceConnectSubject subject;
            try {
                subject = IdTokenVerifier.subject(userinfo);
            } catch (TokenRejectedException e) {
                throw new TokenRejectedException(FailureReason.USERINFO_FAILED, "userinfo has no valid sub", e);
            }
            if (!subject.equals(claims.subject())) {
                throw new TokenRejectedException(FailureReason.SUBJECT_MISMATCH, "userinfo is about another subject");
            }
            identity = IdentitePivot.fromClaims(userinfo, subject, now);
        }
        return new FranceConnectLogin(claims.subject(), claims.level(), identity, idToken);
    }

    /**
     * Where to send the browser to log the usager out of FranceConnect too (FranceConnect asks service
     * providers to do so when the usager logs out of the portal).
     *
     * @param login the login to end
     * @param postLogoutRedirectUri where the provider sends the browser back, as registered with it
     * @return the logout URL, with {@code id_token_hint}, a fresh {@code state} and the redirect URI
     * @throws IllegalStateException if the provider's endpoints have no logout endpoint
     */
    public URI logoutUri(FranceConnectLogin login, URI postLogoutRedirectUri) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(postLogoutRedirectUri, "postLogoutRedirectUri");
        URI endSession = settings.endpoints().endSession();
        if (endSession == null) {
            throw new IllegalStateException("the provider's endpoints have no logout endpoint");
        }
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id_token_hint", login.idToken());
        query.put("state", randomToken());
        query.put("post_logout_redirect_uri", postLogoutRedirectUri.toString());
        return URI.create(endSession + (endSession.getRawQuery() == null ? "?" : "&") + form(query));
    }

    private ObjectNode exchange(String code) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", settings.redirectUri().toString());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Accept", "application/json");
        if (settings.clientAuthentication() == ClientAuthentication.CLIENT_SECRET_POST) {
            form.put("client_id", settings.clientId());
            form.put("client_secret", settings.clientSecret());
        } else {
            String credentials = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
            headers.put(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        OpenIdHttpResponse response = send(OpenIdHttpRequest.post(
                settings.endpoints().token(), headers, form(form).getBytes(StandardCharsets.US_ASCII)));
        if (response.status() != 200) {
            throw new TokenRejectedException(
                    FailureReason.TOKEN_EXCHANGE_FAILED,
                    "token endpoint answered HTTP " + response.status() + " " + oauthError(response));
        }
        try {
            return Json.object(response.body());
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(FailureReason.TOKEN_EXCHANGE_FAILED, "unreadable token answer", e);
        }
    }

    private JsonNode userinfo(String accessToken) {
        OpenIdHttpResponse response = send(OpenIdHttpRequest.get(
                settings.endpoints().userinfo(),
                Map.of("Authorization", "Bearer " + accessToken, "Accept", "application/json, application/jwt")));
        if (response.status() != 200) {
            throw new TokenRejectedException(
                    FailureReason.USERINFO_FAILED, "userinfo answered HTTP " + response.status());
        }
        String type = response.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("application/jwt")) {
            return verifier.verifyUserinfo(new String(response.body(), StandardCharsets.US_ASCII).strip());
        }
        try {
            return Json.object(response.body());
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(FailureReason.USERINFO_FAILED, "unreadable userinfo", e);
        }
    }

    private OpenIdHttpResponse send(OpenIdHttpRequest request) {
        OpenIdHttpResponse response;
        try {
            response = http.send(request);
        } catch (IOException e) {
            throw new TokenRejectedException(FailureReason.PROVIDER_UNREACHABLE, "no answer from " + request, e);
        }
        if (response.status() >= 500) {
            throw new TokenRejectedException(
                    FailureReason.PROVIDER_UNREACHABLE, request + " answered HTTP " + response.status());
        }
        return response;
    }

    private static String oauthError(OpenIdHttpResponse response) {
        try {
            String error = Json.optionalText(Json.object(response.body()), "error");
            return error == null ? "" : errorCode(error);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String errorCode(String error) {
        return error.matches("[a-z_]{1,64}") ? error : "(unreadable)";
    }

    private String randomToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64Url.encode(bytes);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "FranceConnectClient[" + settings + "]";
    }
}
