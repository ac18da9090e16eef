package fr.eadmin.identity.franceconnect.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.identity.CryptographicFailureException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One public JSON Web Key (RFC 7517) of a type the verifier uses: EC on P-256 or RSA of 2048 bits or more.
 *
 * @param kid the key id, or null if the provider gave none
 * @param alg the algorithm the key is restricted to, or null if none is stated
 * @param key the public key
 */
public record Jwk(@Nullable String kid, @Nullable String alg, PublicKey key) {
    private static final int P256_SIZE = 32;
    private static final int MIN_RSA_BITS = 2048;
    private static final ECParameterSpec P256 = p256();

    /** Checks the values. */
    public Jwk {
        Objects.requireNonNull(key, "key");
    }

    /**
     * Reads a JWK. Keys of another type or curve, or meant for encryption, are skipped (empty), as RFC 7517
     * section 5 asks of a set.
     *
     * @param node the JSON object
     * @return the key, or empty if it is of no use for verifying signatures
     * @throws IllegalArgumentException if a key of a supported type is malformed
     */
    public static Optional<Jwk> parse(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a JWK is an object");
        }
        String kty = Json.text(node, "kty");
        String use = Json.optionalText(node, "use");
        String kid = Json.optionalText(node, "kid");
        String alg = Json.optionalText(node, "alg");
        if (use != null && !use.equals("sig")) {
            return Optional.empty();
        }
        switch (kty) {
            case "EC" -> {
                if (!"P-256".equals(Json.optionalText(node, "crv"))) {
                    return Optional.empty();
                }
                BigInteger x = coordinate(Json.text(node, "x"));
                BigInteger y = coordinate(Json.text(node, "y"));
                return Optional.of(new Jwk(kid, alg, ecKey(x, y)));
            }
            case "RSA" -> {
                BigInteger n = new BigInteger(1, Base64Url.decode(Json.text(node, "n")));
                BigInteger e = new BigInteger(1, Base64Url.decode(Json.text(node, "e")));
                if (n.bitLength() < MIN_RSA_BITS) {
                    throw new IllegalArgumentException("an RSA key has at least " + MIN_RSA_BITS + " bits");
                }
                if (!e.testBit(0) || e.compareTo(BigInteger.valueOf(3)) < 0) {
                    throw new IllegalArgumentException("an RSA public exponent is odd and at least 3");
                }
                try {
                    return Optional.of(new Jwk(
                            kid, alg, KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e))));
                } catch (GeneralSecurityException ex) {
                    throw new IllegalArgumentException("unusable RSA key", ex);
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * The public JWK of a key, for a provider's JWKS.
     *
     * @param kid the key id
     * @param algorithm the algorithm the key is for
     * @param key the public key
     * @return the JSON object
     */
    public static ObjectNode toJson(String kid, JwsAlgorithm algorithm, PublicKey key) {
        ObjectNode node = Json.newObject();
        node.put("kid", kid).put("use", "sig").put("alg", algorithm.name());
        if (key instanceof ECPublicKey ec) {
            node.put("kty", "EC").put("crv", "P-256");
            node.put("x", Base64Url.encode(fixed(ec.getW().getAffineX())));
            node.put("y", Base64Url.encode(fixed(ec.getW().getAffineY())));
        } else if (key instanceof RSAPublicKey rsa) {
            node.put("kty", "RSA");
            node.put("n", Base64Url.encode(unsigned(rsa.getModulus())));
            node.put("e", Base64Url.encode(unsigned(rsa.getPublicExponent())));
        } else {
            throw new IllegalArgumentException("only EC and RSA keys are published");
        }
        return node;
    }

    private static BigInteger coordinate(String text) {
        byte[] bytes = Base64Url.decode(text);
        if (bytes.length != P256_SIZE) {
            throw new IllegalArgumentException("a P-256 coordinate has " + P256_SIZE + " bytes");
        }
        return new BigInteger(1, bytes);
    }

    private static PublicKey ecKey(BigInteger x, BigInteger y) {
        EllipticCurve curve = P256.getCurve();
        BigInteger p = ((ECFieldFp) curve.getField()).getP();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw new IllegalArgumentException("a P-256 coordinate is below the field prime");
        }
        BigInteger left = y.modPow(BigInteger.TWO, p);
        BigInteger right =
                x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        if (!left.equals(right)) {
            throw new IllegalArgumentException("the point is not on P-256");
        }
        try {
            return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), P256));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable EC key", e);
        }
    }

    private static byte[] fixed(BigInteger value) {
        byte[] bytes = unsigned(value);
        byte[] out = new byte[P256_SIZE];
        System.arraycopy(bytes, 0, out, P256_SIZE - bytes.length, bytes.length);
        return out;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("load the P-256 curve", e);
        }
    }
}
