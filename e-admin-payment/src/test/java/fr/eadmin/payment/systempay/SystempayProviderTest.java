package fr.eadmin.payment.systempay;

import static fr.eadmin.payment.providers.Tampering.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.payment.DefaultLocale;
import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.providers.Openssl;
import fr.eadmin.payment.providers.Tampering;
import fr.eadmin.payment.providers.Tampering.Change;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SystempayProviderTest {
    static final String KEY = "1122334455667788";
    static final Instant NOW = Instant.parse("2026-03-14T09:26:53.589Z");
    static final SystempayConfig CONFIG =
            new SystempayConfig("12345678", KEY, SystempayConfig.Mode.TEST, SystempayConfig.SYSTEMPAY_URL);
    static final SystempayProvider PROVIDER = SystempayProvider.of(CONFIG, Clock.fixed(NOW, ZoneOffset.UTC));

    static PaymentRequest request(String reference) {
        return new PaymentRequest(
                reference,
                4250,
                "Cantine mars 2026",
                Email.parse("usager@example.org"),
                URI.create("https://mairie.example.org/paiement/retour"),
                URI.create("https://mairie.example.org/paiement/ipn"),
                NOW);
    }

    /** A notification as the platform sends it, signed with the key. */
    static Map<String, String> ipn(String status, String key) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vads_site_id", "12345678");
        fields.put("vads_ctx_mode", "TEST");
        fields.put("vads_trans_id", "094268");
        fields.put("vads_trans_uuid", "0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        fields.put("vads_trans_date", "20260314092653");
        fields.put("vads_effective_creation_date", "20260314092712");
        fields.put("vads_amount", "4250");
        fields.put("vads_currency", "978");
        fields.put("vads_order_id", "CANT-2026-0042");
        fields.put("vads_trans_status", status);
        fields.put("vads_hash", "5b2f9e1c");
        fields.put("vads_url_check_src", "PAY");
        fields.put("signature", SystempayProvider.signature(fields, key));
        return fields;
    }

    static NotificationVerdict verify(Map<String, String> fields) {
        return PROVIDER.verify(ProviderNotification.ofParameters(fields, NOW));
    }

    @Test
    void startsWithASignedFormOfVadsFields() {
        PaymentStart start = PROVIDER.start(request("CANT-2026-0042"));

        assertThat(start).isInstanceOf(PaymentStart.AutoPostForm.class);
        PaymentStart.AutoPostForm form = (PaymentStart.AutoPostForm) start;
        assertThat(form.action()).isEqualTo(SystempayConfig.SYSTEMPAY_URL);
        assertThat(form.fields())
                .containsEntry("vads_site_id", "12345678")
                .containsEntry("vads_ctx_mode", "TEST")
                .containsEntry("vads_trans_date", "20260314092653")
                .containsEntry("vads_trans_id", "340135")
                .containsEntry("vads_amount", "4250")
                .containsEntry("vads_currency", "978")
                .containsEntry("vads_action_mode", "INTERACTIVE")
                .containsEntry("vads_page_action", "PAYMENT")
                .containsEntry("vads_version", "V2")
                .containsEntry("vads_payment_config", "SINGLE")
                .containsEntry("vads_order_id", "CANT-2026-0042")
                .containsEntry("vads_cust_email", "usager@example.org")
                .containsEntry("vads_url_return", "https://mairie.example.org/paiement/retour")
                .containsEntry("vads_url_check", "https://mairie.example.org/paiement/ipn");
        assertThat(form.providerTransactionId()).isEqualTo("340135");
    }

    @Test
    void theFormSignatureIsTheHmacOpensslComputesOverTheSortedValues() {
        PaymentStart.AutoPostForm form = (PaymentStart.AutoPostForm) PROVIDER.start(request("CANT-2026-0042"));
        String signed = "INTERACTIVE+4250+TEST+978+usager@example.org+CANT-2026-0042+Cantine mars 2026+PAYMENT+SINGLE"
                + "+12345678+20260314092653+340135+https://mairie.example.org/paiement/ipn"
                + "+https://mairie.example.org/paiement/retour+V2+" + KEY;
        assertThat(SystempayProvider.signedString(form.fields(), KEY)).isEqualTo(signed);

        String expectedHex = Openssl.hmacSha256Hex(KEY, signed);
        assertThat(HexFormat.of()
                        .formatHex(Base64.getDecoder().decode(form.fields().get("signature"))))
                .isEqualTo(expectedHex);
    }

    @Test
    void theNotificationSignatureMatchesOpenssl() {
        Map<String, String> fields = ipn("AUTHORISED", KEY);
        String expectedHex = Openssl.hmacSha256Hex(KEY, SystempayProvider.signedString(fields, KEY));
        assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(fields.get("signature"))))
                .isEqualTo(expectedHex);
    }

    @Test
    void theTransactionIdCountsTenthsOfASecondSinceMidnightUtc() {
        assertThat(SystempayProvider.transactionId(Instant.parse("2026-03-14T00:00:00Z")))
                .isEqualTo("000000");
        assertThat(SystempayProvider.transactionId(Instant.parse("2026-03-14T23:59:59.999Z")))
                .isEqualTo("863999");
        assertThat(SystempayProvider.transactionId(Instant.parse("2026-03-14T00:00:01.25Z")))
                .isEqualTo("000012");
    }

    @Test
    void theTransactionIdHasAsciiDigitsWhateverTheDefaultLocale() {
        DefaultLocale.withOtherDigits(
                () -> assertThat(SystempayProvider.transactionId(Instant.parse("2026-03-14T00:00:01.25Z")))
                        .isEqualTo("000012"));
    }

    @Test
    void refusesReferencesAndDescriptionsThePlatformDoesNotTake() {
        assertThatThrownBy(() -> PROVIDER.start(request("réf avec espaces")))
                .isInstanceOf(SystempayFieldException.class)
                .hasMessageContaining("vads_order_id");
        assertThatThrownBy(() -> PROVIDER.start(request("A".repeat(65)))).isInstanceOf(SystempayFieldException.class);
        PaymentRequest longDescription = new PaymentRequest(
                "R1",
                100,
                "x".repeat(256),
                null,
                URI.create("https://a.example/r"),
                URI.create("https://a.example/n"),
                NOW);
        assertThatThrownBy(() -> PROVIDER.start(longDescription))
                .isInstanceOf(SystempayFieldException.class)
                .hasMessageContaining("vads_order_info");
    }

    @ParameterizedTest
    @CsvSource({
        "AUTHORISED, PAID",
        "CAPTURED, PAID",
        "ACCEPTED, PAID",
        "REFUSED, REFUSED",
        "ABANDONED, CANCELLED",
        "CANCELLED, CANCELLED",
        "EXPIRED, EXPIRED",
        "WAITING_AUTHORISATION, WAITING",
        "AUTHORISED_TO_VALIDATE, WAITING",
        "WAITING_AUTHORISATION_TO_VALIDATE, WAITING",
        "UNDER_VERIFICATION, WAITING",
        "CAPTURE_FAILED, ERROR"
    })
    void mapsEveryTransactionStatus(String status, PaymentOutcome outcome) {
        NotificationVerdict verdict = verify(ipn(status, KEY));

        assertThat(verdict).isInstanceOf(NotificationVerdict.Verified.class);
        NotificationVerdict.Verified verified = (NotificationVerdict.Verified) verdict;
        assertThat(verified.outcome()).isEqualTo(outcome);
        assertThat(verified.reference()).isEqualTo("CANT-2026-0042");
        assertThat(verified.amountCents()).isEqualTo(4250);
        assertThat(verified.currency()).isEqualTo("EUR");
        assertThat(verified.providerStatus()).isEqualTo(status);
        assertThat(verified.providerTransactionId()).isEqualTo("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        assertThat(verified.paidAt())
                .isEqualTo(outcome == PaymentOutcome.PAID ? Instant.parse("2026-03-14T09:27:12Z") : null);
    }

    @Test
    void rejectsAnUnsignedNotification() {
        Map<String, String> fields = ipn("AUTHORISED", KEY);
        fields.remove("signature");
        assertThat(verify(fields))
                .isEqualTo(new NotificationVerdict.Rejected(RejectionReason.SIGNATURE_MISSING, "no signature field"));
        fields.put("signature", "");
        assertThat(reason(verify(fields))).isEqualTo(RejectionReason.SIGNATURE_MISSING);
    }

    @Test
    void rejectsANotificationSignedWithAnotherKey() {
        assertThat(reason(verify(ipn("AUTHORISED", "9999999999999999")))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void rejectsATamperedAmountOrStatus() {
        Map<String, String> fields = ipn("REFUSED", KEY);
        fields.put("vads_trans_status", "AUTHORISED");
        assertThat(reason(verify(fields))).isEqualTo(RejectionReason.SIGNATURE_INVALID);

        Map<String, String> cheaper = ipn("AUTHORISED", KEY);
        cheaper.put("vads_amount", "1");
        assertThat(reason(verify(cheaper))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void rejectsAnAddedField() {
        Map<String, String> fields = ipn("AUTHORISED", KEY);
        fields.put("vads_extra", "x");
        assertThat(reason(verify(fields))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void rejectsANotificationOfAnotherShopOrModeEvenWhenWellSigned() {
        Map<String, String> fields = ipn("AUTHORISED", KEY);
        fields.put("vads_ctx_mode", "PRODUCTION");
        fields.put("signature", SystempayProvider.signature(fields, KEY));
        assertThat(reason(verify(fields))).isEqualTo(RejectionReason.UNKNOWN_PAYMENT);

        Map<String, String> otherShop = ipn("AUTHORISED", KEY);
        otherShop.put("vads_site_id", "87654321");
        otherShop.put("signature", SystempayProvider.signature(otherShop, KEY));
        assertThat(reason(verify(otherShop))).isEqualTo(RejectionReason.UNKNOWN_PAYMENT);
    }

    @Test
    void rejectsSignedButMalformedOrForeignCurrencyNotifications() {
        assertThat(reason(verify(resigned("vads_trans_status", "SOMETHING_NEW"))))
                .isEqualTo(RejectionReason.MALFORMED);
        assertThat(reason(verify(resigned("vads_amount", "12,50")))).isEqualTo(RejectionReason.MALFORMED);
        assertThat(reason(verify(resigned("vads_currency", "840")))).isEqualTo(RejectionReason.CURRENCY_MISMATCH);
        Map<String, String> noOrder = ipn("AUTHORISED", KEY);
        noOrder.remove("vads_order_id");
        noOrder.put("signature", SystempayProvider.signature(noOrder, KEY));
        assertThat(reason(verify(noOrder))).isEqualTo(RejectionReason.MALFORMED);
    }

    @Test
    void aReplayedNotificationGivesTheSameVerdictAndNoOtherPayment() {
        Map<String, String> fields = ipn("AUTHORISED", KEY);
        NotificationVerdict first = verify(fields);
        NotificationVerdict again = PROVIDER.verify(ProviderNotification.ofParameters(fields, NOW.plusSeconds(3600)));
        assertThat(again).isEqualTo(first);
        Map<String, String> reused = new LinkedHashMap<>(fields);
        reused.put("vads_order_id", "CANT-2026-0043");
        assertThat(reason(verify(reused))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void neverShowsTheKey() {
        assertThat(PROVIDER.toString()).doesNotContain(KEY);
        assertThat(CONFIG.toString()).doesNotContain(KEY);
        assertThat(PROVIDER.parameters())
                .filteredOn(p -> p.name().equals("key"))
                .allMatch(p -> p.secret());
        assertThat(PROVIDER.capabilities().signedNotifications()).isTrue();
    }

    @Property
    void anySingleCharacterChangeIsRejected(@ForAll("changes") Change change) {
        Map<String, String> fields = change.applyTo(ipn("AUTHORISED", KEY));

        assertThat(verify(fields)).isInstanceOf(NotificationVerdict.Rejected.class);
    }

    @Provide
    Arbitrary<Change> changes() {
        return Tampering.changes();
    }

    static Map<String, String> resigned(String name, String value) {
        Map<String, String> fields = ipn("AUTHORISED", KEY);
        fields.put(name, value);
        fields.put("signature", SystempayProvider.signature(fields, KEY));
        return fields;
    }
}
