package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.franceconnect.internal.CompactJws;
import fr.eadmin.identity.franceconnect.internal.Json;
import fr.eadmin.identity.franceconnect.internal.Jwk;
import fr.eadmin.identity.franceconnect.internal.JwsAlgorithm;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The checks of an ID token one by one, at their boundaries, with tokens written by hand. */
class IdTokenVerifierTest {
    private static final String ISSUER = "https://fc.local";
    private static final String CLIENT = "portail";
    private static final String NONCE = "n-0123456789abcdefghijklmnopqrstuv";
    private static final KeyPair EC = ecKey();
    private static final KeyPair OTHER_EC = ecKey();

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private final ProviderEndpoints endpoints = new ProviderEndpoints(
            ISSUER,
            URI.create(ISSUER + "/authorize"),
            URI.create(ISSUER + "/token"),
            URI.create(ISSUER + "/userinfo"),
            URI.create(ISSUER + "/jwks"),
            null);
    private final FranceConnectSettings settings = FranceConnectSettings.builder()
            .endpoints(endpoints)
            .clientId(CLIENT)
            .clientSecret("secret")
            .redirectUri(URI.create("https://portail.local/callback"))
            .clockSkew(Duration.ofSeconds(30))
            .build();

    private IdTokenVerifier verifier(ObjectNode... keys) {
        ObjectNode jwks = Json.newObject();
        for (ObjectNode key : keys) {
            jwks.withArray("keys").add(key);
        }
        return IdTokenVerifier.create(settings, ProviderKeys.of(Json.write(jwks)), clock);
    }

    private IdTokenVerifier verifier() {
        return verifier(Jwk.toJson("k1", JwsAlgorithm.ES256, EC.getPublic()));
    }

    private ObjectNode claims() {
        long now = clock.instant().getEpochSecond();
        return Json.newObject()
                .put("iss", ISSUER)
                .put("sub", "abc123v1")
                .put("aud", CLIENT)
                .put("exp", now + 60)
                .put("iat", now)
                .put("nonce", NONCE)
                .put("acr", "eidas1");
    }

    private static String sign(ObjectNode claims, Consumer<ObjectNode> header, KeyPair key) {
        ObjectNode h = Json.newObject().put("alg", "ES256").put("kid", "k1");
        header.accept(h);
        return CompactJws.sign(h, Json.write(claims), input -> JwsAlgorithm.ES256.sign(key.getPrivate(), input));
    }

    private static String sign(ObjectNode claims) {
        return sign(claims, h -> {}, EC);
    }

    private FailureReason reasonFor(String token) {
        return reasonFor(verifier(), token, EidasLevel.EIDAS1);
    }

    private static FailureReason reasonFor(IdTokenVerifier verifier, String token, EidasLevel level) {
        try {
            verifier.verify(token, NONCE, level);
        } catch (TokenRejectedException e) {
            return e.reason();
        }
        throw new AssertionError("the token was accepted");
    }

    @Test
    void acceptsAGenuineToken() {
        IdTokenClaims claims = verifier().verify(sign(claims()), NONCE, EidasLevel.EIDAS1);

        assertThat(claims.subject()).isEqualTo(new FranceConnectSubject("abc123v1"));
        assertThat(claims.level()).isEqualTo(EidasLevel.EIDAS1);
        assertThat(claims.issuedAt()).isEqualTo(clock.instant());
        assertThat(claims.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void toleratesTheClockSkewAndNotMore() {
        String token = sign(claims());
        clock.advance(Duration.ofSeconds(60 + 29));
        assertThat(verifier().verify(token, NONCE, EidasLevel.EIDAS1)).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(reasonFor(token)).isEqualTo(FailureReason.TOKEN_EXPIRED);

        long now = clock.instant().getEpochSecond();
        ObjectNode early = claims().put("iat", now + 30).put("exp", now + 120);
        assertThat(verifier().verify(sign(early), NONCE, EidasLevel.EIDAS1)).isNotNull();
        assertThat(reasonFor(sign(early.put("iat", now + 31)))).isEqualTo(FailureReason.TOKEN_NOT_YET_VALID);
        assertThat(reasonFor(sign(claims().put("nbf", now + 31)))).isEqualTo(FailureReason.TOKEN_NOT_YET_VALID);
    }

    @Test
    void checksTheAudienceAndTheAuthorisedParty() {
        ObjectNode several = claims();
        several.putArray("aud").add("autre").add(CLIENT);
        assertThat(reasonFor(sign(several))).isEqualTo(FailureReason.AUDIENCE_MISMATCH);
        assertThat(verifier().verify(sign(several.put("azp", CLIENT)), NONCE, EidasLevel.EIDAS1))
                .isNotNull();
        assertThat(reasonFor(sign(several.put("azp", "autre")))).isEqualTo(FailureReason.AUDIENCE_MISMATCH);
        assertThat(reasonFor(sign(claims().put("azp", "autre")))).isEqualTo(FailureReason.AUDIENCE_MISMATCH);
        ObjectNode none = claims();
        none.remove("aud");
        assertThat(reasonFor(sign(none))).isEqualTo(FailureReason.AUDIENCE_MISMATCH);
        ObjectNode number = claims().put("aud", 42);
        assertThat(reasonFor(sign(number))).isEqualTo(FailureReason.AUDIENCE_MISMATCH);
    }

    @Test
    void refusesMissingOrMalformedClaims() {
        for (String claim : new String[] {"sub", "exp", "iat"}) {
            ObjectNode claims = claims();
            claims.remove(claim);
            assertThat(reasonFor(sign(claims))).as(claim).isEqualTo(FailureReason.MALFORMED_TOKEN);
        }
        assertThat(reasonFor(sign(claims().put("exp", "tomorrow")))).isEqualTo(FailureReason.MALFORMED_TOKEN);
        assertThat(reasonFor(sign(claims().put("sub", "")))).isEqualTo(FailureReason.MALFORMED_TOKEN);
        ObjectNode noIssuer = claims();
        noIssuer.remove("iss");
        assertThat(reasonFor(sign(noIssuer))).isEqualTo(FailureReason.ISSUER_MISMATCH);
        ObjectNode noNonce = claims();
        noNonce.remove("nonce");
        assertThat(reasonFor(sign(noNonce))).isEqualTo(FailureReason.NONCE_MISMATCH);
        assertThat(reasonFor(sign(claims(), h -> h.putArray("crit").add("exp"), EC)))
                .isEqualTo(FailureReason.MALFORMED_TOKEN);
        assertThat(reasonFor("not.a.token")).isEqualTo(FailureReason.MALFORMED_TOKEN);
        String payloadNotJson = sign(claims()).replaceFirst("\\.[^.]+\\.", ".bm90IGpzb24.");
        assertThat(reasonFor(payloadNotJson)).isEqualTo(FailureReason.SIGNATURE_INVALID);
    }

    @Test
    void comparesTheAcrWithTheLevelRequired() {
        IdTokenVerifier verifier = verifier();
        assertThat(verifier.verify(sign(claims().put("acr", "eidas3")), NONCE, EidasLevel.EIDAS2)
                        .level())
                .isEqualTo(EidasLevel.EIDAS3);
        assertThat(reasonFor(verifier, sign(claims().put("acr", "eidas1")), EidasLevel.EIDAS2))
                .isEqualTo(FailureReason.ACR_TOO_LOW);
        assertThat(reasonFor(sign(claims().put("acr", "eidas9")))).isEqualTo(FailureReason.ACR_TOO_LOW);
        ObjectNode none = claims();
        none.remove("acr");
        assertThat(reasonFor(sign(none))).isEqualTo(FailureReason.ACR_TOO_LOW);
    }

    @Test
    void selectsTheKeyByKidOrTheOnlyKeyWhenTheTokenNamesNone() {
        ObjectNode first = Jwk.toJson("k1", JwsAlgorithm.ES256, EC.getPublic());
        ObjectNode second = Jwk.toJson("k2", JwsAlgorithm.ES256, OTHER_EC.getPublic());
        String signedBySecond = sign(claims(), h -> h.put("kid", "k2"), OTHER_EC);
        assertThat(verifier(first, second).verify(signedBySecond, NONCE, EidasLevel.EIDAS1))
                .isNotNull();

        String withoutKid = sign(claims(), h -> h.remove("kid"), EC);
        assertThat(verifier(first).verify(withoutKid, NONCE, EidasLevel.EIDAS1)).isNotNull();
        assertThat(reasonFor(verifier(first, second), withoutKid, EidasLevel.EIDAS1))
                .isEqualTo(FailureReason.UNKNOWN_KEY);
        assertThat(reasonFor(verifier(first, second), sign(claims(), h -> h.put("kid", "k2"), EC), EidasLevel.EIDAS1))
                .isEqualTo(FailureReason.SIGNATURE_INVALID);
    }

    @Test
    void refusesAKeyRestrictedToAnotherAlgorithm() {
        ObjectNode restricted =
                Jwk.toJson("k1", JwsAlgorithm.ES256, EC.getPublic()).put("alg", "ES384");

        assertThat(reasonFor(verifier(restricted), sign(claims()), EidasLevel.EIDAS1))
                .isEqualTo(FailureReason.ALG_NOT_ALLOWED);
    }

    @Test
    void refusesUnsignedAndSymmetricTokensWhateverTheirSignature() {
        for (String alg : new String[] {"none", "None", "HS256", "HS512", "PS256", "ES384", ""}) {
            assertThat(reasonFor(sign(claims(), h -> h.put("alg", alg), EC)))
                    .as(alg)
                    .isEqualTo(FailureReason.ALG_NOT_ALLOWED);
        }
    }

    @Test
    void checksASignedUserinfoLikeAnIdTokenButWithoutTimesNorNonce() {
        ObjectNode userinfo = Json.newObject().put("sub", "abc123v1").put("given_name", "Angela");
        assertThat(verifier().verifyUserinfo(sign(userinfo)).get("given_name").asText())
                .isEqualTo("Angela");
        assertThatThrownBy(() -> verifier().verifyUserinfo(sign(userinfo.put("iss", "https://evil.example"))))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(FailureReason.ISSUER_MISMATCH));
        assertThatThrownBy(() -> verifier().verifyUserinfo(sign(userinfo, h -> {}, OTHER_EC)))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(FailureReason.SIGNATURE_INVALID));
    }

    @Test
    void refusesAJwksThatCannotBeRead() {
        assertThatThrownBy(() -> ProviderKeys.of("{\"keys\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(FailureReason.MALFORMED_TOKEN));
    }

    private static KeyPair ecKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
