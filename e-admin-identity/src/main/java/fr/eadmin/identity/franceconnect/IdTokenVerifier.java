package fr.eadmin.identity.franceconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.identity.franceconnect.internal.CompactJws;
import fr.eadmin.identity.franceconnect.internal.Json;
import fr.eadmin.identity.franceconnect.internal.Jwk;
import fr.eadmin.identity.franceconnect.internal.JwsAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a FranceConnect ID token (a compact JWS), in this order: form; algorithm (ES256 or RS256 as
 * allowed, never {@code none} nor HMAC); key, by {@code kid}, from the provider's JWKS, fetched again once if
 * the {@code kid} is unknown; key type against algorithm; signature; {@code iss}; {@code aud} (and {@code azp}
 * when there are several audiences); {@code exp}, {@code iat}, {@code nbf} with the clock skew; {@code
 * nonce}; {@code acr} at least the level asked for. The first failed check is thrown with its {@link
 * FailureReason}. Thread-safe.
 */
public final class IdTokenVerifier {
    private final String issuer;
    private final String clientId;
    private final Duration skew;
    private final Set<JwsAlgorithm> algorithms;
    private final ProviderKeys keys;
    private final Clock clock;

    private IdTokenVerifier(
            String issuer,
            String clientId,
            Duration skew,
            Set<JwsAlgorithm> algorithms,
            ProviderKeys keys,
            Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.skew = skew;
        this.algorithms = algorithms;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A verifier for the client the settings describe.
     *
     * @param settings the settings (issuer, client id, skew, algorithms)
     * @param keys the provider's keys
     * @param clock the clock
     * @return the verifier
     */
    public static IdTokenVerifier create(FranceConnectSettings settings, ProviderKeys keys, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        EnumSet<JwsAlgorithm> algorithms = EnumSet.noneOf(JwsAlgorithm.class);
        for (SignatureAlgorithm algorithm : settings.algorithms()) {
            algorithms.add(JwsAlgorithm.valueOf(algorithm.name()));
        }
        return new IdTokenVerifier(
                settings.issuer(),
                settings.clientId(),
                settings.clockSkew(),
                algorithms,
                Objects.requireNonNull(keys, "keys"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Verifies an ID token.
     *
     * @param idToken the compact JWS
     * @param expectedNonce the nonce of the pending login
     * @param required the eIDAS level required
     * @return the claims the service provider uses
     * @throws TokenRejectedException at the first check that fails
     */
    public IdTokenClaims verify(String idToken, String expectedNonce, EidasLevel required) {
        Objects.requireNonNull(idToken, "idToken");
        Objects.requireNonNull(expectedNonce, "expectedNonce");
        Objects.requireNonNull(required, "required");
        ObjectNode claims = verifySignature(idToken);
        try {
            checkIssuerAndAudience(claims, true);
            Instant now = clock.instant();
            Instant expiresAt = numericDate(claims, "exp");
            Instant issuedAt = numericDate(claims, "iat");
            if (expiresAt == null || issuedAt == null) {
                throw malformed("exp and iat are required");
            }
            if (!now.isBefore(expiresAt.plus(skew))) {
                throw new TokenRejectedException(FailureReason.TOKEN_EXPIRED, "exp is past");
            }
            Instant notBefore = numericDate(claims, "nbf");
            if (issuedAt.isAfter(now.plus(skew)) || (notBefore != null && notBefore.isAfter(now.plus(skew)))) {
                throw new TokenRejectedException(FailureReason.TOKEN_NOT_YET_VALID, "iat or nbf is in the future");
            }
            String nonce = Json.optionalText(claims, "nonce");
            if (nonce == null || !constantTimeEquals(nonce, expectedNonce)) {
                throw new TokenRejectedException(FailureReason.NONCE_MISMATCH, "nonce differs from the login's");
            }
            String acr = Json.optionalText(claims, "acr");
            Optional<EidasLevel> level = acr == null ? Optional.empty() : EidasLevel.fromAcr(acr);
            if (level.isEmpty() || !level.get().isAtLeast(required)) {
                throw new TokenRejectedException(
                        FailureReason.ACR_TOO_LOW, "acr below " + required.acr() + " or missing");
            }
            return new IdTokenClaims(subject(claims), level.get(), issuedAt, expiresAt);
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(FailureReason.MALFORMED_TOKEN, e.getMessage(), e);
        }
    }

    /**
     * Verifies a signed userinfo answer (FranceConnect v2): signature as for an ID token, then {@code iss}
     * and {@code aud} if present.
     *
     * @param jwt the compact JWS
     * @return its claims
     * @throws TokenRejectedException at the first check that fails
     */
    public ObjectNode verifyUserinfo(String jwt) {
        ObjectNode claims = verifySignature(Objects.requireNonNull(jwt, "jwt"));
        try {
            checkIssuerAndAudience(claims, false);
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(FailureReason.MALFORMED_TOKEN, e.getMessage(), e);
        }
        return claims;
    }

    /** The subject of a claims set. */
    static FranceConnectSubject subject(JsonNode claims) {
        String sub = Json.optionalText(claims, "sub");
        if (sub == null) {
            throw malformed("sub is required");
        }
        try {
            return new FranceConnectSubject(sub);
        } catch (IllegalArgumentException e) {
            throw malformed("sub is not a valid subject");
        }
    }

    private ObjectNode verifySignature(String token) {
        CompactJws jws;
        String alg;
        try {
            jws = CompactJws.parse(token);
            alg = jws.alg();
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(FailureReason.MALFORMED_TOKEN, e.getMessage(), e);
        }
        if (jws.header().has("crit")) {
            throw malformed("critical header extensions are not understood");
        }
        Optional<JwsAlgorithm> algorithm = JwsAlgorithm.of(alg);
        if (algorithm.isEmpty() || !algorithms.contains(algorithm.get())) {
            throw new TokenRejectedException(FailureReason.ALG_NOT_ALLOWED, "alg " + printable(alg) + " not allowed");
        }
        String kid;
        try {
            kid = jws.kid();
        } catch (IllegalArgumentException e) {
            throw malformed("kid is not a string");
        }
        Jwk key = selectKey(kid);
        if (!algorithm.get().fits(key.key()) || (key.alg() != null && !alg.equals(key.alg()))) {
            throw new TokenRejectedException(
                    FailureReason.ALG_NOT_ALLOWED, "alg " + alg + " does not match the key's type or algorithm");
        }
        if (!algorithm.get().verify(key.key(), jws.signingInput(), jws.signature())) {
            throw new TokenRejectedException(FailureReason.SIGNATURE_INVALID, "signature does not verify");
        }
        try {
            return Json.object(jws.payload());
        } catch (IllegalArgumentException e) {
            throw malformed("the payload is not a JSON object");
        }
    }

    private Jwk selectKey(@Nullable String kid) {
        Optional<Jwk> found = find(keys.current(), kid);
        if (found.isEmpty() && kid != null && keys.refresh()) {
            found = find(keys.current(), kid);
        }
        return found.orElseThrow(
                () -> new TokenRejectedException(FailureReason.UNKNOWN_KEY, "no key of the provider has this kid"));
    }

    private static Optional<Jwk> find(List<Jwk> known, @Nullable String kid) {
        if (kid == null) {
            return known.size() == 1 ? Optional.of(known.get(0)) : Optional.empty();
        }
        List<Jwk> matching = known.stream().filter(k -> kid.equals(k.kid())).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private void checkIssuerAndAudience(JsonNode claims, boolean required) {
        String iss = Json.optionalText(claims, "iss");
        if ((iss == null && required) || (iss != null && !iss.equals(issuer))) {
            throw new TokenRejectedException(FailureReason.ISSUER_MISMATCH, "iss is not the provider's issuer");
        }
        JsonNode aud = claims.get("aud");
        if (aud == null && !required) {
            return;
        }
        boolean contains;
        int count;
        if (aud != null && aud.isTextual()) {
            contains = aud.asText().equals(clientId);
            count = 1;
        } else if (aud != null && aud.isArray()) {
            contains = false;
            count = aud.size();
            for (JsonNode element : aud) {
                contains |= element.isTextual() && element.asText().equals(clientId);
            }
        } else {
            throw new TokenRejectedException(FailureReason.AUDIENCE_MISMATCH, "aud is missing or not a string");
        }
        String azp = Json.optionalText(claims, "azp");
        if (!contains || (count > 1 && azp == null) || (azp != null && !azp.equals(clientId))) {
            throw new TokenRejectedException(FailureReason.AUDIENCE_MISMATCH, "aud or azp is not this client");
        }
    }

    private static @Nullable Instant numericDate(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 253402300799d) {
            throw malformed(name + " is not a NumericDate");
        }
        return Instant.ofEpochSecond(value.asLong());
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String printable(String alg) {
        return alg.length() <= 16 && alg.chars().allMatch(c -> c > 0x20 && c < 0x7f) ? alg : "(unreadable)";
    }

    private static TokenRejectedException malformed(String detail) {
        return new TokenRejectedException(FailureReason.MALFORMED_TOKEN, detail);
    }
}
