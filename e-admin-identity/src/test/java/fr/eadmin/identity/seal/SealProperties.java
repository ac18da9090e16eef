package fr.eadmin.identity.seal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.spi.SealRequest;
import fr.eadmin.identity.TownPki;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SealProperties {
    private static final TownPki PKI = new TownPki();
    private static final CompactSealer SEALER = CompactSealer.create(PKI.seal);
    private static final SealVerifier VERIFIER = SealVerifier.create(List.of(PKI.seal.certificate()));
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    @Provide
    Arbitrary<SealRequest> requests() {
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(20);
        Arbitrary<Map<String, String>> facts =
                Arbitraries.maps(text, Arbitraries.strings().ofMaxLength(30)).ofMaxSize(5);
        Arbitrary<Instant> issued = Arbitraries.longs()
                .between(TownPki.START.getEpochSecond(), TownPki.START.getEpochSecond() + 300L * 86400)
                .map(Instant::ofEpochSecond);
        Arbitrary<byte[]> digest = Arbitraries.bytes().array(byte[].class).ofSize(32);
        return net.jqwik.api.Combinators.combine(
                        text.filter(s -> !s.isBlank()), text.filter(s -> !s.isBlank()), issued, facts, digest)
                .as(SealRequest::new);
    }

    @Property(tries = 100)
    void anySealVerifiesToItsFacts(@ForAll("requests") SealRequest request) {
        assertThat(VERIFIER.verify(SEALER.seal(request).payload()))
                .isInstanceOfSatisfying(SealVerification.Valid.class, valid -> assertThat(valid.sealed())
                        .isEqualTo(request));
    }

    @Property(tries = 300)
    void anyChangedCharacterIsDetected(
            @ForAll("requests") SealRequest request,
            @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll @IntRange(min = 1, max = 44) int shift) {
        String payload = SEALER.seal(request).payload();
        int at = 5 + where % (payload.length() - 5);
        char replaced = ALPHABET.charAt((ALPHABET.indexOf(payload.charAt(at)) + shift) % 45);
        String changed = payload.substring(0, at) + replaced + payload.substring(at + 1);

        assertThat(VERIFIER.verify(changed).isValid()).isFalse();
    }

    @Property(tries = 300)
    void anyChangedByteIsDetected(
            @ForAll("requests") SealRequest request,
            @ForAll @IntRange(min = 0, max = 10_000) int where,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] bytes = Base45.decode(SEALER.seal(request).payload().substring(5));
        bytes[where % bytes.length] ^= (byte) mask;

        assertThat(VERIFIER.verify("EAS1:" + Base45.encode(bytes)).isValid()).isFalse();
    }

    @Property(tries = 300)
    void base45RoundTrips(@ForAll byte[] bytes) {
        assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
    }

    @Property(tries = 200)
    void truncatedOrExtendedSealsAreRefused(
            @ForAll("requests") SealRequest request,
            @ForAll @IntRange(min = 0, max = 44) int first,
            @ForAll @IntRange(min = 0, max = 44) int second) {
        String payload = SEALER.seal(request).payload();
        String extra = "" + ALPHABET.charAt(first) + ALPHABET.charAt(second);

        assertThat(VERIFIER.verify(payload + extra).isValid()).isFalse();
        assertThat(VERIFIER.verify(payload.substring(0, payload.length() - 1)).isValid())
                .isFalse();
    }
}
