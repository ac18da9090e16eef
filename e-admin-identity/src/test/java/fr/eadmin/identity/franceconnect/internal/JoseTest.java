package fr.eadmin.identity.franceconnect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JoseTest {
    @Test
    void convertsJcaDerSignaturesToRawAndBack() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        byte[] input = "header.payload".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 50; i++) {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(pair.getPrivate());
            signer.update(input);
            byte[] der = signer.sign();

            byte[] raw = EcdsaSignatures.derToRaw(der, 32);

            assertThat(raw).hasSize(64);
            assertThat(EcdsaSignatures.rawToDer(raw, 32)).isEqualTo(der);
            assertThat(JwsAlgorithm.ES256.verify(pair.getPublic(), input, raw)).isTrue();
        }
    }

    @Test
    void writesMinimalDerIntegersForShortValues() {
        byte[] raw = new byte[64];
        raw[31] = 1; // r = 1
        raw[32] = (byte) 0x80; // s has its high bit set: a leading zero byte is needed
        byte[] der = EcdsaSignatures.rawToDer(raw, 32);

        assertThat(der[0]).isEqualTo((byte) 0x30);
        assertThat(Arrays.copyOfRange(der, 2, 5)).containsExactly(0x02, 0x01, 0x01);
        assertThat(der[5]).isEqualTo((byte) 0x02);
        assertThat(der[6]).isEqualTo((byte) 33);
        assertThat(der[7]).isZero();
        assertThat(EcdsaSignatures.derToRaw(der, 32)).isEqualTo(raw);
    }

    @Test
    void refusesMalformedSignatures() {
        assertThatThrownBy(() -> EcdsaSignatures.rawToDer(new byte[63], 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EcdsaSignatures.rawToDer(new byte[64], 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> EcdsaSignatures.derToRaw(new byte[] {0x30, 0x03, 0x02, 0x01, (byte) 0x80}, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        EcdsaSignatures.derToRaw(new byte[] {0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x02, 0x00, 0x01}, 32))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JwsAlgorithm.ES256.verify(generateEcKey().getPublic(), new byte[1], new byte[64]))
                .isFalse();
    }

    @Test
    void readsBase64UrlStrictly() {
        assertThat(Base64Url.decode("AQID")).containsExactly(1, 2, 3);
        assertThat(Base64Url.encode(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("-_8");
        assertThatThrownBy(() -> Base64Url.decode("AQ==")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base64Url.decode("+/8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base64Url.decode("AR")).isInstanceOf(IllegalArgumentException.class); // bits left
        assertThatThrownBy(() -> Base64Url.decode("A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsBackThePublishedEcAndRsaKeys() throws Exception {
        KeyPair ec = generateEcKey();
        KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
        rsaGenerator.initialize(2048);
        KeyPair rsa = rsaGenerator.generateKeyPair();

        Jwk ecJwk =
                Jwk.parse(Jwk.toJson("e1", JwsAlgorithm.ES256, ec.getPublic())).orElseThrow();
        Jwk rsaJwk =
                Jwk.parse(Jwk.toJson("r1", JwsAlgorithm.RS256, rsa.getPublic())).orElseThrow();

        assertThat(ecJwk.key()).isEqualTo(ec.getPublic());
        assertThat(ecJwk.kid()).isEqualTo("e1");
        assertThat(ecJwk.alg()).isEqualTo("ES256");
        assertThat(rsaJwk.key()).isEqualTo(rsa.getPublic());
    }

    @Test
    void refusesAPointOffTheCurveAndSmallRsaKeysAndSkipsOtherKeys() throws Exception {
        ObjectNode ec = Jwk.toJson("e1", JwsAlgorithm.ES256, generateEcKey().getPublic());
        BigInteger y = new BigInteger(1, Base64Url.decode(ec.get("y").asText()));
        byte[] otherY = y.add(BigInteger.ONE).toByteArray();
        byte[] fixed = new byte[32];
        System.arraycopy(
                otherY,
                Math.max(0, otherY.length - 32),
                fixed,
                Math.max(0, 32 - otherY.length),
                Math.min(32, otherY.length));
        ec.put("y", Base64Url.encode(fixed));
        assertThatThrownBy(() -> Jwk.parse(ec)).isInstanceOf(IllegalArgumentException.class);

        KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
        rsaGenerator.initialize(1024);
        ObjectNode small = Jwk.toJson(
                "r", JwsAlgorithm.RS256, rsaGenerator.generateKeyPair().getPublic());
        assertThatThrownBy(() -> Jwk.parse(small))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2048");

        ObjectNode encryption = Jwk.toJson(
                        "e2", JwsAlgorithm.ES256, generateEcKey().getPublic())
                .put("use", "enc");
        assertThat(Jwk.parse(encryption)).isEmpty();
        assertThat(Jwk.parse(Json.newObject().put("kty", "oct").put("k", "AQID")))
                .isEmpty();
        assertThat(Jwk.parse(Json.newObject().put("kty", "EC").put("crv", "P-384")))
                .isEmpty();
    }

    @Test
    void takesACompactJwsApart() {
        String token = CompactJws.sign(
                Json.newObject().put("alg", "ES256").put("kid", "k"),
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                input -> new byte[] {1, 2});
        CompactJws jws = CompactJws.parse(token);
        assertThat(jws.alg()).isEqualTo("ES256");
        assertThat(jws.kid()).isEqualTo("k");
        assertThat(new String(jws.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(jws.signature()).containsExactly(1, 2);

        assertThatThrownBy(() -> CompactJws.parse(token + ".x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompactJws.parse("a.b")).isInstanceOf(IllegalArgumentException.class);
        String duplicate =
                Base64Url.encode("{\"alg\":\"ES256\",\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + ".e30.AQ";
        assertThatThrownBy(() -> CompactJws.parse(duplicate)).isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyPair generateEcKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            assertThat(pair.getPublic()).isInstanceOf(ECPublicKey.class);
            return pair;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
