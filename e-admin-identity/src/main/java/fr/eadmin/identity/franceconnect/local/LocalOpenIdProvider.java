package fr.eadmin.identity.franceconnect.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.identity.CryptographicFailureException;
import fr.eadmin.identity.franceconnect.CallbackParameters;
import fr.eadmin.identity.franceconnect.EidasLevel;
import fr.eadmin.identity.franceconnect.ProviderEndpoints;
import fr.eadmin.identity.franceconnect.SignatureAlgorithm;
import fr.eadmin.identity.franceconnect.internal.Base64Url;
import fr.eadmin.identity.franceconnect.internal.CompactJws;
import fr.eadmin.identity.franceconnect.internal.Json;
import fr.eadmin.identity.franceconnect.internal.Jwk;
import fr.eadmin.identity.franceconnect.internal.JwsAlgorithm;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpClient;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A local OpenID provider standing in for FranceConnect: it generates its own ES256 and RS256 keys, and
 * answers discovery, JWKS, token and userinfo requests in-process, as the {@link OpenIdHttpClient} given
 * to the client. {@link #authorize} plays the usager logging in at the provider. Test hooks put one defect
 * in the next answer ({@link #tamperNext}), rotate the keys ({@link #rotateKeys}), switch the signing
 * algorithm or sign userinfo as FranceConnect v2 does. Thread-safe (every operation holds one lock).
 *
 * {@snippet :
 * LocalOpenIdProvider provider = LocalOpenIdProvider.create("https://fc.local", clock, new SecureRandom());
 * provider.registerClient("portail", "secret", URI.create("https://portail.local/callback"));
 * provider.addIdentity("angela", LocalOpenIdProvider.pivot("Angela Claire Louise", "DUBOIS", "1962-08-24",
 *         "female", "75107", "99100"));
 * FranceConnectClient client = FranceConnectClient.create(settings, provider, pending, clock, random);
 * AuthorizationRequest request = client.begin();
 * FranceConnectOutcome outcome = client.complete(
 *         request.pendingLogin().state(), provider.authorize(request.uri(), "angela"));
 * }
 */
public final class LocalOpenIdProvider implements OpenIdHttpClient {
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(60);

    private final String issuer;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<JwsAlgorithm, SigningKey> keys = new EnumMap<>(JwsAlgorithm.class);
    private final Map<String, Client> clients = new HashMap<>();
    private final Map<String, Map<String, String>> identities = new HashMap<>();
    private final Map<String, Grant> codes = new HashMap<>();
    private final Map<String, Grant> accessTokens = new HashMap<>();
    private final Queue<Tampering> tamperings = new ArrayDeque<>();
    private JwsAlgorithm algorithm = JwsAlgorithm.ES256;
    private boolean userinfoSigned;
    private @Nullable String lastIdToken;
    private int generation;

    private LocalOpenIdProvider(String issuer, Clock clock, SecureRandom random) {
        this.issuer = issuer;
        this.clock = clock;
        this.random = random;
        generateKeys();
    }

    /**
     * A provider with fresh keys.
     *
     * @param issuer its issuer identifier, an http(s) URL without trailing slash, such as {@code
     *     https://fc.local}; the endpoints are paths under it
     * @param clock the clock of the tokens
     * @param random the source of keys, codes and tokens
     * @return the provider
     */
    public static LocalOpenIdProvider create(String issuer, Clock clock, SecureRandom random) {
        Objects.requireNonNull(issuer, "issuer");
        if (!issuer.matches("https?://[^/?#]+(/[^?#]*[^/?#])?")) {
            throw new IllegalArgumentException("the issuer is an http(s) URL without trailing slash nor query");
        }
        return new LocalOpenIdProvider(
                issuer, Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(random, "random"));
    }

    /**
     * The claims of an identité pivot.
     *
     * @param givenName the prénoms, separated by spaces
     * @param familyName the nom de naissance
     * @param birthdate {@code YYYY-MM-DD}, {@code 00} for unknown parts
     * @param gender {@code male} or {@code female}
     * @param birthplace the code INSEE of the commune, empty when born abroad
     * @param birthcountry the INSEE code of the country, {@code 99100} for France
     * @return the claims, to complete with {@code preferred_username} or {@code email}
     */
    public static Map<String, String> pivot(
            String givenName,
            String familyName,
            String birthdate,
            String gender,
            String birthplace,
            String birthcountry) {
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("given_name", givenName);
        claims.put("family_name", familyName);
        claims.put("birthdate", birthdate);
        claims.put("gender", gender);
        claims.put("birthplace", birthplace);
        claims.put("birthcountry", birthcountry);
        return claims;
    }

    /**
     * The provider's endpoints.
     *
     * @return the issuer and endpoints
     */
    public ProviderEndpoints endpoints() {
        return new ProviderEndpoints(
                issuer,
                URI.create(issuer + "/authorize"),
                URI.create(issuer + "/token"),
                URI.create(issuer + "/userinfo"),
                URI.create(issuer + "/jwks"),
                URI.create(issuer + "/logout"));
    }

    /**
     * Registers a client.
     *
     * @param clientId its id
     * @param clientSecret its secret
     * @param redirectUri its only redirect URI
     */
    public synchronized void registerClient(String clientId, String clientSecret, URI redirectUri) {
        clients.put(
                Objects.requireNonNull(clientId, "clientId"),
                new Client(
                        Objects.requireNonNull(clientSecret, "clientSecret"),
                        Objects.requireNonNull(redirectUri, "redirectUri")));
    }

    /**
     * Adds a person who can log in.
     *
     * @param login the name {@link #authorize} knows the person by
     * @param claims the userinfo claims ({@link #pivot} and more)
     */
    public synchronized void addIdentity(String login, Map<String, String> claims) {
        identities.put(Objects.requireNonNull(login, "login"), Map.copyOf(claims));
    }

    /**
     * Chooses the algorithm of the next tokens.
     *
     * @param value ES256 (the default) or RS256
     */
    public synchronized void signWith(SignatureAlgorithm value) {
        this.algorithm = JwsAlgorithm.valueOf(value.name());
    }

    /**
     * Chooses whether userinfo answers a signed JWT ({@code application/jwt}, as FranceConnect v2) or JSON.
     *
     * @param signed true for a JWT
     */
    public synchronized void signUserinfo(boolean signed) {
        this.userinfoSigned = signed;
    }

    /**
     * Puts a defect in the next token or userinfo answer.
     *
     * @param tampering the defect
     */
    public synchronized void tamperNext(Tampering tampering) {
        tamperings.add(Objects.requireNonNull(tampering, "tampering"));
    }

    /** Replaces the signing keys by new ones, under new key ids; the JWKS no longer has the old ones. */
    public synchronized void rotateKeys() {
        generateKeys();
    }

    /**
     * The usager logs in at the provider and consents: the provider redirects back with a code.
     *
     * @param authorizationUrl the URL the client built
     * @param login the person, as added
     * @return the callback parameters
     * @throws IllegalArgumentException if the client, its redirect URI or the person is unknown, or the
     *     request is not a code request with state and nonce
     */
    public synchronized CallbackParameters authorize(URI authorizationUrl, String login) {
        Map<String, String> query = query(
                Objects.requireNonNull(authorizationUrl, "authorizationUrl").getRawQuery());
        Client client = clients.get(query.get("client_id"));
        if (client == null || !client.redirectUri().toString().equals(query.get("redirect_uri"))) {
            throw new IllegalArgumentException("unknown client or redirect URI");
        }
        if (!"code".equals(query.get("response_type"))
                || query.get("state") == null
                || query.get("nonce") == null
                || !List.of(query.getOrDefault("scope", "").split(" ")).contains("openid")) {
            throw new IllegalArgumentException("not an OpenID code request with state and nonce");
        }
        if (!identities.containsKey(Objects.requireNonNull(login, "login"))) {
            throw new IllegalArgumentException("unknown identity");
        }
        EidasLevel level =
                EidasLevel.fromAcr(query.getOrDefault("acr_values", "eidas1")).orElse(EidasLevel.EIDAS1);
        String code = randomToken();
        codes.put(
                code,
                new Grant(
                        query.get("client_id"),
                        login,
                        query.get("nonce"),
                        level,
                        List.of(query.get("scope").split(" "))));
        return new CallbackParameters(code, query.get("state"), null, null);
    }

    /**
     * The usager cancels at the provider: the provider redirects back with {@code access_denied}.
     *
     * @param authorizationUrl the URL the client built
     * @return the callback parameters
     */
    public synchronized CallbackParameters deny(URI authorizationUrl) {
        Map<String, String> query = query(authorizationUrl.getRawQuery());
        return new CallbackParameters(null, query.get("state"), "access_denied", "User auth aborted");
    }

    @Override
    public synchronized OpenIdHttpResponse send(OpenIdHttpRequest request) {
        Objects.requireNonNull(request, "request");
        String url = request.uri().toString();
        if (request.method().equals("GET") && url.equals(issuer + "/.well-known/openid-configuration")) {
            return json(200, discovery());
        }
        if (request.method().equals("GET") && url.equals(issuer + "/jwks")) {
            return json(200, jwks());
        }
        if (request.method().equals("POST") && url.equals(issuer + "/token")) {
            return token(request);
        }
        if (request.method().equals("GET") && url.equals(issuer + "/userinfo")) {
            return userinfo(request);
        }
        return json(404, Json.newObject().put("error", "not_found"));
    }

    private ObjectNode discovery() {
        ProviderEndpoints endpoints = endpoints();
        ObjectNode document = Json.newObject();
        document.put("issuer", issuer)
                .put("authorization_endpoint", endpoints.authorization().toString())
                .put("token_endpoint", endpoints.token().toString())
                .put("userinfo_endpoint", endpoints.userinfo().toString())
                .put("jwks_uri", endpoints.jwks().toString())
                .put(
                        "end_session_endpoint",
                        Objects.requireNonNull(endpoints.endSession()).toString());
        document.putArray("id_token_signing_alg_values_supported").add("ES256").add("RS256");
        document.putArray("acr_values_supported").add("eidas1").add("eidas2").add("eidas3");
        document.putArray("token_endpoint_auth_methods_supported")
                .add("client_secret_post")
                .add("client_secret_basic");
        return document;
    }

    private ObjectNode jwks() {
        ObjectNode document = Json.newObject();
        ArrayNode array = document.putArray("keys");
        for (Map.Entry<JwsAlgorithm, SigningKey> entry : keys.entrySet()) {
            array.add(Jwk.toJson(
                    entry.getValue().kid(),
                    entry.getKey(),
                    entry.getValue().pair().getPublic()));
        }
        return document;
    }

    private OpenIdHttpResponse token(OpenIdHttpRequest request) {
        Map<String, String> form = query(new String(request.body(), StandardCharsets.US_ASCII));
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        Optional<String> basic = request.header("Authorization");
        if (basic.isPresent() && basic.get().startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(basic.get().substring(6)), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            clientId = URLDecoder.decode(decoded.substring(0, Math.max(colon, 0)), StandardCharsets.UTF_8);
            secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        }
        Client client = clientId == null ? null : clients.get(clientId);
        if (client == null
                || secret == null
                || !MessageDigest.isEqual(
                        client.secret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            return json(401, Json.newObject().put("error", "invalid_client"));
        }
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null
                || !grant.clientId().equals(clientId)
                || !client.redirectUri().toString().equals(form.get("redirect_uri"))
                || !"authorization_code".equals(form.get("grant_type"))) {
            return json(400, Json.newObject().put("error", "invalid_grant"));
        }
        Tampering tampering = tamperings.poll();
        String idToken = tampering == Tampering.REPLAYED_TOKEN && lastIdToken != null
                ? lastIdToken
                : idToken(grant, clientId, tampering);
        lastIdToken = idToken;
        String accessToken = randomToken();
        accessTokens.put(accessToken, tampering == Tampering.USERINFO_OTHER_SUBJECT ? grant.otherSubject() : grant);
        ObjectNode answer = Json.newObject()
                .put("access_token", accessToken)
                .put("token_type", "Bearer")
                .put("expires_in", TOKEN_LIFETIME.toSeconds())
                .put("id_token", idToken);
        return json(200, answer);
    }

    private String idToken(Grant grant, String clientId, @Nullable Tampering tampering) {
        Instant now = clock.instant();
        Instant issued = tampering == Tampering.NOT_YET_VALID
                ? now.plus(Duration.ofHours(1))
                : tampering == Tampering.EXPIRED ? now.minus(Duration.ofHours(2)) : now;
        ObjectNode claims = Json.newObject();
        claims.put("iss", tampering == Tampering.WRONG_ISSUER ? issuer + "/other" : issuer);
        claims.put("sub", subject(grant.login(), clientId));
        if (tampering == Tampering.WRONG_AUDIENCE) {
            claims.put("aud", clientId + "-other");
        } else if (tampering == Tampering.SEVERAL_AUDIENCES_WITHOUT_AZP) {
            claims.putArray("aud").add(clientId).add("another-client");
        } else {
            claims.put("aud", clientId);
        }
        claims.put("exp", issued.plus(TOKEN_LIFETIME).getEpochSecond());
        claims.put("iat", issued.getEpochSecond());
        claims.put("nonce", tampering == Tampering.WRONG_NONCE ? randomToken() : grant.nonce());
        claims.put(
                "acr", tampering == Tampering.LOW_ACR ? "eidas1" : grant.level().acr());
        claims.putArray("amr").add("pwd");
        return sign(claims, tampering);
    }

    private String sign(ObjectNode claims, @Nullable Tampering tampering) {
        byte[] payload = Json.write(claims);
        SigningKey key = Objects.requireNonNull(keys.get(algorithm));
        ObjectNode header = Json.newObject()
                .put("alg", algorithm.name())
                .put("kid", key.kid())
                .put("typ", "JWT");
        if (tampering == null) {
            return CompactJws.sign(
                    header, payload, input -> algorithm.sign(key.pair().getPrivate(), input));
        }
        return switch (tampering) {
            case FORGED_SIGNATURE -> {
                KeyPair forged = generate(algorithm);
                yield CompactJws.sign(header, payload, input -> algorithm.sign(forged.getPrivate(), input));
            }
            case ALG_NONE -> CompactJws.sign(header.put("alg", "none"), payload, input -> new byte[0]);
            case ALG_HS256 ->
                CompactJws.sign(
                        header.put("alg", "HS256"),
                        payload,
                        input -> hmac(
                                Json.write(Jwk.toJson(
                                        key.kid(), algorithm, key.pair().getPublic())),
                                input));
            case ALG_KEY_MISMATCH -> {
                JwsAlgorithm other = algorithm == JwsAlgorithm.ES256 ? JwsAlgorithm.RS256 : JwsAlgorithm.ES256;
                header.put("kid", Objects.requireNonNull(keys.get(other)).kid());
                yield CompactJws.sign(
                        header, payload, input -> algorithm.sign(key.pair().getPrivate(), input));
            }
            case UNKNOWN_KEY ->
                CompactJws.sign(
                        header.put("kid", "unknown-" + randomToken()),
                        payload,
                        input -> algorithm.sign(key.pair().getPrivate(), input));
            default ->
                CompactJws.sign(
                        header, payload, input -> algorithm.sign(key.pair().getPrivate(), input));
        };
    }

    private OpenIdHttpResponse userinfo(OpenIdHttpRequest request) {
        String authorization = request.header("Authorization").orElse("");
        Grant grant = authorization.startsWith("Bearer ") ? accessTokens.get(authorization.substring(7)) : null;
        if (grant == null) {
            return json(401, Json.newObject().put("error", "invalid_token"));
        }
        Map<String, String> identity = identities.getOrDefault(grant.login(), Map.of());
        ObjectNode claims = Json.newObject();
        claims.put(
                "sub",
                grant.subjectOverride() != null ? grant.subjectOverride() : subject(grant.login(), grant.clientId()));
        for (Map.Entry<String, String> claim : identity.entrySet()) {
            if (grant.scopes().contains(claim.getKey())) {
                claims.put(claim.getKey(), claim.getValue());
            }
        }
        if (!userinfoSigned) {
            return json(200, claims);
        }
        Instant now = clock.instant();
        claims.put("iss", issuer).put("aud", grant.clientId());
        claims.put("iat", now.getEpochSecond())
                .put("exp", now.plus(TOKEN_LIFETIME).getEpochSecond());
        return OpenIdHttpResponse.of(200, "application/jwt", sign(claims, null).getBytes(StandardCharsets.US_ASCII));
    }

    private static String subject(String login, String clientId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((login + "\n" + clientId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest) + "v1";
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("derive a subject", e);
        }
    }

    private void generateKeys() {
        generation++;
        for (JwsAlgorithm a : JwsAlgorithm.values()) {
            keys.put(
                    a,
                    new SigningKey(
                            a.name().toLowerCase(java.util.Locale.ROOT) + "-" + generation + "-"
                                    + randomToken().substring(0, 8),
                            generate(a)));
        }
    }

    private KeyPair generate(JwsAlgorithm a) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(a.keyType());
            if (a == JwsAlgorithm.ES256) {
                generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            } else {
                generator.initialize(2048, random);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("generate a provider key", e);
        }
    }

    private static byte[] hmac(byte[] secret, byte[] input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("compute an HMAC", e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64Url.encode(bytes);
    }

    private static Map<String, String> query(@Nullable String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static OpenIdHttpResponse json(int status, ObjectNode body) {
        return OpenIdHttpResponse.of(status, "application/json", Json.write(body));
    }

    @Override
    public String toString() {
        return "LocalOpenIdProvider[" + issuer + "]";
    }

    private record SigningKey(String kid, KeyPair pair) {}

    private record Client(String secret, URI redirectUri) {}

    private record Grant(
            String clientId,
            String login,
            String nonce,
            EidasLevel level,
            List<String> scopes,
            @Nullable String subjectOverride) {
        Grant(String clientId, String login, String nonce, EidasLevel level, List<String> scopes) {
            this(clientId, login, nonce, level, scopes, null);
        }

        Grant otherSubject() {
            return new Grant(clientId, login, nonce, level, scopes, subject(login + "-other", clientId));
        }
    }
}
