package fr.eadmin.identity.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.spi.SealRequest;
import fr.eadmin.identity.TownPki;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seal format as the package documentation gives it, checked with plain JCA and no e-admin code. */
class SealFormatTest {
    private static final TownPki PKI = new TownPki();

    @Test
    void base45FollowsTheExamplesOfRfc9285() {
        assertThat(Base45.encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
        assertThat(Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
        assertThat(new String(Base45.decode("QED8WEX0"), StandardCharsets.US_ASCII))
                .isEqualTo("ietf!");
        assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base45.decode("ABCD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base45.decode("ab")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThirdPartyVerifiesASealFromItsDocumentationAlone() throws Exception {
        SealRequest request = new SealRequest(
                "accuse-reception",
                "AR-2026-7",
                TownPki.START,
                Map.of("demande", "D-42"),
                MessageDigest.getInstance("SHA-256").digest(new byte[] {1}));
        String payload = CompactSealer.create(PKI.seal).seal(request).payload();

        assertThat(payload).startsWith("EAS1:");
        byte[] bytes = Base45.decode(payload.substring(5));
        ByteBuffer in = ByteBuffer.wrap(bytes);
        assertThat(in.get()).isEqualTo((byte) 1);
        byte[] keyId = new byte[8];
        in.get(keyId);
        byte[] certificateHash = MessageDigest.getInstance("SHA-256")
                .digest(PKI.seal.certificate().getEncoded());
        assertThat(keyId).isEqualTo(Arrays.copyOf(certificateHash, 8));
        assertThat(text(in)).isEqualTo("accuse-reception");
        assertThat(text(in)).isEqualTo("AR-2026-7");
        assertThat(number(in)).isEqualTo(TownPki.START.getEpochSecond());
        assertThat(number(in)).isEqualTo(1);
        assertThat(text(in)).isEqualTo("demande");
        assertThat(text(in)).isEqualTo("D-42");
        byte[] digest = new byte[32];
        in.get(digest);
        assertThat(digest).isEqualTo(request.dataSha256());
        assertThat(in.remaining()).isEqualTo(64);

        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(PKI.seal.certificate().getPublicKey());
        verifier.update(bytes, 0, bytes.length - 64);
        assertThat(verifier.verify(Arrays.copyOfRange(bytes, bytes.length - 64, bytes.length)))
                .isTrue();
    }

    private static long number(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.get() & 0xff;
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private static String text(ByteBuffer in) {
        byte[] utf8 = new byte[(int) number(in)];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
