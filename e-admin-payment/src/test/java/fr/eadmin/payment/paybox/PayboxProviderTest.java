package fr.eadmin.payment.paybox;

import static fr.eadmin.payment.providers.Tampering.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.providers.Openssl;
import fr.eadmin.payment.providers.Tampering;
import fr.eadmin.payment.providers.Tampering.Change;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayboxProviderTest {
    static final String HMAC_KEY = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";
    static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    static final KeyPair PAYBOX_KEYS = rsaKeyPair();
    static final KeyPair OTHER_KEYS = rsaKeyPair();
    static final PayboxConfig CONFIG = new PayboxConfig(
            "1999888", "32", "107904482", HMAC_KEY, PAYBOX_KEYS.getPublic(), PayboxConfig.PREPRODUCTION_URL);
    static final PayboxProvider PROVIDER = PayboxProvider.of(CONFIG, Clock.fixed(NOW, ZoneOffset.UTC));

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PaymentRequest request(String reference, Email email) {
        return new PaymentRequest(
                reference,
                4250,
                "Cantine mars 2026",
                email,
                URI.create("https://mairie.example.org/paiement/retour"),
                URI.create("https://mairie.example.org/paiement/ipn"),
                NOW);
    }

    static byte[] sha1WithRsa(PrivateKey key, String data) {
        try {
            Signature signer = Signature.getInstance("SHA1withRSA");
            signer.initSign(key);
            signer.update(data.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer as Paybox sends it for {@code PBX_RETOUR}, decoded, signed with a private key. */
    static Map<String, String> answer(String error, PrivateKey key) {
        Map<String, String> params = unsigned(error);
        params.put("sign", Base64.getEncoder().encodeToString(sha1WithRsa(key, PayboxProvider.signedString(params))));
        return params;
    }

    static Map<String, String> unsigned(String error) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("montant", "4250");
        params.put("reference", "CANT-2026-0042");
        params.put("autorisation", "XXXXXX");
        params.put("erreur", error);
        params.put("transaction", "620151");
        return params;
    }

    static NotificationVerdict verify(Map<String, String> params) {
        return PROVIDER.verify(ProviderNotification.ofParameters(params, NOW));
    }

    @Test
    void startsWithTheFieldsInOrderAndTheirHmac() {
        PaymentStart.AutoPostForm form =
                (PaymentStart.AutoPostForm) PROVIDER.start(request("CANT-2026-0042", Email.parse("u@example.org")));

        assertThat(form.action()).isEqualTo(PayboxConfig.PREPRODUCTION_URL);
        assertThat(form.fields().keySet())
                .containsExactly(
                        "PBX_SITE",
                        "PBX_RANG",
                        "PBX_IDENTIFIANT",
                        "PBX_TOTAL",
                        "PBX_DEVISE",
                        "PBX_CMD",
                        "PBX_PORTEUR",
                        "PBX_RETOUR",
                        "PBX_REPONDRE_A",
                        "PBX_EFFECTUE",
                        "PBX_REFUSE",
                        "PBX_ANNULE",
                        "PBX_ATTENTE",
                        "PBX_HASH",
                        "PBX_TIME",
                        "PBX_HMAC");
        assertThat(form.fields())
                .containsEntry("PBX_TOTAL", "4250")
                .containsEntry("PBX_DEVISE", "978")
                .containsEntry("PBX_CMD", "CANT-2026-0042")
                .containsEntry("PBX_PORTEUR", "u@example.org")
                .containsEntry("PBX_HASH", "SHA512")
                .containsEntry("PBX_TIME", "2026-03-14T10:26:53+01:00")
                .containsEntry("PBX_RETOUR", "montant:M;reference:R;autorisation:A;erreur:E;transaction:S;sign:K");
        String signed = "PBX_SITE=1999888&PBX_RANG=32&PBX_IDENTIFIANT=107904482&PBX_TOTAL=4250&PBX_DEVISE=978"
                + "&PBX_CMD=CANT-2026-0042&PBX_PORTEUR=u@example.org"
                + "&PBX_RETOUR=montant:M;reference:R;autorisation:A;erreur:E;transaction:S;sign:K"
                + "&PBX_REPONDRE_A=https://mairie.example.org/paiement/ipn"
                + "&PBX_EFFECTUE=https://mairie.example.org/paiement/retour"
                + "&PBX_REFUSE=https://mairie.example.org/paiement/retour"
                + "&PBX_ANNULE=https://mairie.example.org/paiement/retour"
                + "&PBX_ATTENTE=https://mairie.example.org/paiement/retour"
                + "&PBX_HASH=SHA512&PBX_TIME=2026-03-14T10:26:53+01:00";
        assertThat(PayboxProvider.hmacString(form.fields())).isEqualTo(signed);
        assertThat(form.fields().get("PBX_HMAC"))
                .isEqualTo(Openssl.hmacSha512HexKey(HMAC_KEY, signed).toUpperCase());
    }

    @Test
    void refusesRequestsThePageDoesNotTake() {
        assertThatThrownBy(() -> PROVIDER.start(request("CANT-2026-0042", null)))
                .isInstanceOf(PayboxFieldException.class)
                .hasMessageContaining("PBX_PORTEUR");
        assertThatThrownBy(() -> PROVIDER.start(request("réf&x=1", Email.parse("u@example.org"))))
                .isInstanceOf(PayboxFieldException.class)
                .hasMessageContaining("PBX_CMD");
    }

    @Test
    void acceptsAnAnswerSignedByOpensslWithPayboxsKey(@TempDir Path dir) throws IOException {
        Path privatePem = dir.resolve("paybox.pem");
        Files.writeString(
                privatePem, pem("PRIVATE KEY", PAYBOX_KEYS.getPrivate().getEncoded()));
        Map<String, String> params = unsigned("00000");
        byte[] signature = Openssl.run(
                PayboxProvider.signedString(params).getBytes(StandardCharsets.UTF_8),
                "dgst",
                "-sha1",
                "-sign",
                privatePem.toString());
        params.put("sign", Base64.getEncoder().encodeToString(signature));

        NotificationVerdict verdict = verify(params);

        assertThat(verdict)
                .isEqualTo(new NotificationVerdict.Verified(
                        "CANT-2026-0042", "620151", PaymentOutcome.PAID, 4250, "EUR", "00000", NOW));
    }

    @Test
    void theSignatureTheTestsMakeIsCheckedByOpenssl(@TempDir Path dir) throws IOException {
        Path publicPem = dir.resolve("pubkey.pem");
        Files.writeString(publicPem, pem("PUBLIC KEY", PAYBOX_KEYS.getPublic().getEncoded()));
        Path signature = dir.resolve("sig.bin");
        Map<String, String> params = answer("00000", PAYBOX_KEYS.getPrivate());
        Files.write(signature, Base64.getDecoder().decode(params.get("sign")));

        String out = new String(
                Openssl.run(
                        PayboxProvider.signedString(params).getBytes(StandardCharsets.UTF_8),
                        "dgst",
                        "-sha1",
                        "-verify",
                        publicPem.toString(),
                        "-signature",
                        signature.toString()),
                StandardCharsets.US_ASCII);
        assertThat(out).contains("Verified OK");
        assertThat(PayboxConfig.publicKeyFromPem(Files.readString(publicPem))).isEqualTo(PAYBOX_KEYS.getPublic());
    }

    @ParameterizedTest
    @CsvSource({
        "00000, PAID",
        "00001, CANCELLED",
        "00100, REFUSED",
        "00105, REFUSED",
        "00199, REFUSED",
        "00003, ERROR",
        "00004, REFUSED",
        "00006, ERROR",
        "00008, REFUSED",
        "00009, ERROR",
        "00010, ERROR",
        "00011, ERROR",
        "00015, ERROR",
        "00016, ERROR",
        "00021, REFUSED",
        "00029, REFUSED",
        "00030, EXPIRED",
        "00033, REFUSED",
        "00040, REFUSED"
    })
    void mapsEveryErrorCode(String code, PaymentOutcome outcome) {
        NotificationVerdict verdict = verify(answer(code, PAYBOX_KEYS.getPrivate()));

        assertThat(verdict).isInstanceOf(NotificationVerdict.Verified.class);
        NotificationVerdict.Verified verified = (NotificationVerdict.Verified) verdict;
        assertThat(verified.outcome()).isEqualTo(outcome);
        assertThat(verified.providerStatus()).isEqualTo(code);
        assertThat(verified.paidAt()).isEqualTo(outcome == PaymentOutcome.PAID ? NOW : null);
    }

    @Test
    void rejectsAnUnsignedLegacyAnswer() {
        assertThat(reason(verify(unsigned("00000")))).isEqualTo(RejectionReason.SIGNATURE_MISSING);
        Map<String, String> empty = unsigned("00000");
        empty.put("sign", "");
        assertThat(reason(verify(empty))).isEqualTo(RejectionReason.SIGNATURE_MISSING);
    }

    @Test
    void rejectsAnAnswerSignedByAnotherKey() {
        assertThat(reason(verify(answer("00000", OTHER_KEYS.getPrivate()))))
                .isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void rejectsATamperedAnswerAndGarbageSignatures() {
        Map<String, String> params = answer("00105", PAYBOX_KEYS.getPrivate());
        params.put("erreur", "00000");
        assertThat(reason(verify(params))).isEqualTo(RejectionReason.SIGNATURE_INVALID);

        Map<String, String> garbage = unsigned("00000");
        garbage.put("sign", "not base64 at all!");
        assertThat(reason(verify(garbage))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void rejectsASignatureWhoseUnusedBase64BitsWereChanged() {
        Map<String, String> params = answer("00000", PAYBOX_KEYS.getPrivate());
        String sign = params.get("sign");
        assertThat(sign).endsWith("==");
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int at = sign.length() - 3;
        char changed = alphabet.charAt(alphabet.indexOf(sign.charAt(at)) ^ 1);
        params.put("sign", sign.substring(0, at) + changed + "==");
        assertThat(Base64.getDecoder().decode(params.get("sign")))
                .isEqualTo(Base64.getDecoder().decode(sign));

        assertThat(reason(verify(params))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void ignoresTheApplicationsOwnParametersButNotAnAddedPayboxVariable() {
        Map<String, String> withOwn = new LinkedHashMap<>();
        withOwn.put("payment", "42");
        withOwn.putAll(answer("00000", PAYBOX_KEYS.getPrivate()));
        assertThat(verify(withOwn)).isInstanceOf(NotificationVerdict.Verified.class);

        Map<String, String> noTransaction = unsigned("00000");
        noTransaction.remove("transaction");
        noTransaction.put(
                "sign",
                Base64.getEncoder()
                        .encodeToString(
                                sha1WithRsa(PAYBOX_KEYS.getPrivate(), PayboxProvider.signedString(noTransaction))));
        assertThat(verify(noTransaction)).isInstanceOf(NotificationVerdict.Verified.class);
        noTransaction.put("transaction", "999999");
        assertThat(reason(verify(noTransaction))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void rejectsAReplayedSignatureOnAnotherReference() {
        Map<String, String> params = answer("00000", PAYBOX_KEYS.getPrivate());
        Map<String, String> replay = new LinkedHashMap<>();
        params.forEach((k, v) -> replay.put(k, k.equals("reference") ? "CANT-2026-0043" : v));
        assertThat(reason(verify(replay))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void rejectsSignedButMalformedAnswers() {
        assertThat(reason(verify(answer("0", PAYBOX_KEYS.getPrivate())))).isEqualTo(RejectionReason.MALFORMED);
        Map<String, String> noAmount = unsigned("00000");
        noAmount.remove("montant");
        noAmount.put(
                "sign",
                Base64.getEncoder()
                        .encodeToString(sha1WithRsa(PAYBOX_KEYS.getPrivate(), PayboxProvider.signedString(noAmount))));
        assertThat(reason(verify(noAmount))).isEqualTo(RejectionReason.MALFORMED);
    }

    @Test
    void neverShowsTheKey() {
        assertThat(PROVIDER.toString()).doesNotContain(HMAC_KEY);
        assertThat(PROVIDER.parameters())
                .filteredOn(p -> p.name().equals("hmacKey"))
                .allMatch(p -> p.secret());
        assertThatThrownBy(() ->
                        PayboxConfig.publicKeyFromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 200)
    void anySingleCharacterChangeIsRejected(@ForAll("changes") Change change) {
        Map<String, String> params = change.applyTo(answer("00000", PAYBOX_KEYS.getPrivate()));

        assertThat(verify(params)).isInstanceOf(NotificationVerdict.Rejected.class);
    }

    @Provide
    Arbitrary<Change> changes() {
        return Tampering.changes();
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
