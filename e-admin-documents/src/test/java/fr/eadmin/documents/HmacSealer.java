package fr.eadmin.documents;

import fr.eadmin.core.spi.SealRequest;
import fr.eadmin.core.spi.Sealer;
import fr.eadmin.core.spi.VisibleSeal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A real sealer for tests: an HMAC-SHA256 over the request's fields, in a compact text payload. */
final class HmacSealer implements Sealer {
    private final byte[] key;
    final List<SealRequest> requests = new ArrayList<>();
    final List<VisibleSeal> seals = new ArrayList<>();

    HmacSealer(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized VisibleSeal seal(SealRequest request) {
        StringBuilder body = new StringBuilder("EA1;")
                .append(request.documentType())
                .append(';')
                .append(request.documentId())
                .append(';')
                .append(request.issuedAt());
        request.facts().forEach((k, v) -> body.append(';').append(k).append('=').append(v));
        body.append(";sha256=").append(HexFormat.of().formatHex(request.dataSha256()));
        String ascii = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(body.toString().getBytes(StandardCharsets.UTF_8));
        byte[] mac = mac(ascii);
        String payload = ascii + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
        String reference = "VT-" + HexFormat.of().withUpperCase().formatHex(mac, 0, 2) + "-"
                + HexFormat.of().withUpperCase().formatHex(mac, 2, 4);
        VisibleSeal seal = new VisibleSeal(payload, reference);
        requests.add(request);
        seals.add(seal);
        return seal;
    }

    /** Whether a payload read back carries a valid MAC. */
    boolean verifies(String payload) {
        int dot = payload.lastIndexOf('.');
        byte[] expected = mac(payload.substring(0, dot));
        return java.security.MessageDigest.isEqual(
                expected, Base64.getUrlDecoder().decode(payload.substring(dot + 1)));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
