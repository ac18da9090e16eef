package fr.eadmin.identity.franceconnect.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A compact JWS (RFC 7515 section 7.1) taken apart: header and payload decoded, the signing input kept as
 * received. Reading checks the form only, not the signature.
 *
 * @param header the protected header
 * @param payload the payload bytes
 * @param signingInput the ASCII bytes of {@code header.payload} as received
 * @param signature the signature bytes
 */
public record CompactJws(ObjectNode header, byte[] payload, byte[] signingInput, byte[] signature) {
    /** Checks the values. */
    public CompactJws {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(signingInput, "signingInput");
        Objects.requireNonNull(signature, "signature");
    }

    /**
     * Takes a compact JWS apart.
     *
     * @param compact the token
     * @return its parts
     * @throws IllegalArgumentException if it is not three canonical Base64url parts with a JSON object header
     */
    public static CompactJws parse(String compact) {
        Objects.requireNonNull(compact, "compact");
        int first = compact.indexOf('.');
        int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
        if (first < 0 || second < 0 || compact.indexOf('.', second + 1) >= 0) {
            throw new IllegalArgumentException("a compact JWS has three parts");
        }
        ObjectNode header = Json.object(Base64Url.decode(compact.substring(0, first)));
        byte[] payload = Base64Url.decode(compact.substring(first + 1, second));
        byte[] signature = Base64Url.decode(compact.substring(second + 1));
        return new CompactJws(
                header, payload, compact.substring(0, second).getBytes(StandardCharsets.US_ASCII), signature);
    }

    /**
     * The header's {@code alg}.
     *
     * @return the algorithm name
     * @throws IllegalArgumentException if missing or not a string
     */
    public String alg() {
        return Json.text(header, "alg");
    }

    /**
     * The header's {@code kid}.
     *
     * @return the key id, or null if none
     */
    public @Nullable String kid() {
        return Json.optionalText(header, "kid");
    }

    /**
     * Signs a payload.
     *
     * @param algorithm the algorithm
     * @param kid the key id to put in the header
     * @param key the private key
     * @param payload the payload (JSON)
     * @return the compact JWS
     */
    public static String sign(JwsAlgorithm algorithm, String kid, PrivateKey key, byte[] payload) {
        ObjectNode header =
                Json.newObject().put("alg", algorithm.name()).put("kid", kid).put("typ", "JWT");
        return sign(header, payload, input -> algorithm.sign(key, input));
    }

    /** Produces the signature of a signing input. */
    @FunctionalInterface
    public interface Signer {
        /**
         * Signs.
         *
         * @param input the signing input
         * @return the signature bytes
         */
        byte[] sign(byte[] input);
    }

    /**
     * Signs a payload under any header, with any signer: also for making invalid tokens in tests.
     *
     * @param header the header
     * @param payload the payload
     * @param signer the signer
     * @return the compact JWS
     */
    public static String sign(ObjectNode header, byte[] payload, Signer signer) {
        String input = Base64Url.encode(Json.write(header)) + "." + Base64Url.encode(payload);
        return input + "." + Base64Url.encode(signer.sign(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
