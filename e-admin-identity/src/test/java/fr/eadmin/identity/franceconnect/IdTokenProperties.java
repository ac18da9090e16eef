package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any single-byte change in a genuine ID token, ES256 or RS256, is refused. */
class IdTokenProperties {
    private static final Genuine ES256 = Genuine.issue(SignatureAlgorithm.ES256);
    private static final Genuine RS256 = Genuine.issue(SignatureAlgorithm.RS256);

    @Property(tries = 400)
    void anySingleByteChangeOfAnEs256TokenIsRefused(
            @ForAll("positions") double where, @ForAll("bytes") byte replacement) {
        ES256.assertChangeRefused(where, replacement);
    }

    @Property(tries = 200)
    void anySingleByteChangeOfAnRs256TokenIsRefused(
            @ForAll("positions") double where, @ForAll("bytes") byte replacement) {
        RS256.assertChangeRefused(where, replacement);
    }

    @Provide
    Arbitrary<Double> positions() {
        return Arbitraries.doubles().between(0, 1).withSpecialValue(0.0).withSpecialValue(0.999999);
    }

    @Provide
    Arbitrary<Byte> bytes() {
        return Arbitraries.bytes();
    }

    /** A genuine token, its nonce and a verifier that accepts it. */
    private record Genuine(String token, String nonce, IdTokenVerifier verifier) {
        static Genuine issue(SignatureAlgorithm algorithm) {
            FranceConnectFixture fc = new FranceConnectFixture();
            fc.provider.signWith(algorithm);
            String[] idToken = new String[1];
            FranceConnectClient client = fc.client(b -> b, (OpenIdHttpRequest request) -> {
                OpenIdHttpResponse response = fc.provider.send(request);
                if (request.uri().getPath().equals("/token")) {
                    idToken[0] = idToken(response);
                }
                return response;
            });
            AuthorizationRequest request = client.begin();
            client.complete(request.pendingLogin().state(), fc.provider.authorize(request.uri(), "angela"));
            IdTokenVerifier verifier = IdTokenVerifier.create(
                    fc.settings().build(),
                    ProviderKeys.fetchedFrom(
                            fc.provider, URI.create(FranceConnectFixture.ISSUER + "/jwks"), fc.clock, Duration.ZERO),
                    fc.clock);
            Genuine genuine = new Genuine(idToken[0], request.pendingLogin().nonce(), verifier);
            assertThat(verifier.verify(genuine.token(), genuine.nonce(), EidasLevel.EIDAS1)
                            .level())
                    .isEqualTo(EidasLevel.EIDAS1);
            return genuine;
        }

        void assertChangeRefused(double where, byte replacement) {
            byte[] bytes = token.getBytes(StandardCharsets.ISO_8859_1);
            int at = Math.min(bytes.length - 1, (int) (where * bytes.length));
            if (bytes[at] == replacement) {
                replacement ^= 1;
            }
            bytes[at] = replacement;
            String changed = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> verifier.verify(changed, nonce, EidasLevel.EIDAS1))
                    .isInstanceOf(TokenRejectedException.class);
        }

        private static String idToken(OpenIdHttpResponse response) throws IOException {
            JsonNode node = new ObjectMapper().readTree(response.body());
            return node.get("id_token").asText();
        }
    }
}
