package fr.eadmin.payment.systempay;

import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.spi.ConfigParameter;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentProvider;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderCapabilities;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Systempay / PayZen form payment. {@link #start} returns a form of {@code vads_*} fields, signed with
 * {@code Base64(HMAC-SHA-256(key, values of the vads_ fields sorted by name, joined with '+', then '+' key))},
 * which the usager's browser posts to the payment page. {@link #verify} checks the instant payment
 * notification (and the signed return) the same way, in constant time, and maps {@code vads_trans_status}.
 *
 * <p>The transaction id ({@code vads_trans_id}, 6 digits, unique per shop and per day) is the number of tenths
 * of a second elapsed since midnight UTC of {@code vads_trans_date} ({@code 000000} to {@code 863999}): two
 * payments of a shop started in the same tenth of a second would collide, and the payment page refuses the
 * second one, which the usager can retry. Our reference travels as {@code vads_order_id} and comes back in the
 * notification.
 *
 * <p>Immutable and thread-safe; the key never appears in {@code toString()} nor in the logs.
 */
public final class SystempayProvider implements PaymentProvider {
    private static final Logger LOG = LoggerFactory.getLogger(SystempayProvider.class);
    private static final String EURO_NUMERIC = "978";
    private static final String SIGNATURE = "signature";
    private static final String PREFIX = "vads_";
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}");
    private static final int ORDER_INFO_MAX = 255;
    private static final DateTimeFormatter TRANS_DATE =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);

    private static final List<ConfigParameter> PARAMETERS = List.of(
            new ConfigParameter(
                    "siteId", "Identifiant de la boutique (vads_site_id)", ConfigParameter.Type.DIGITS, true, false),
            new ConfigParameter("key", "Clé (certificat) du mode choisi", ConfigParameter.Type.KEY, true, true),
            new ConfigParameter("mode", "Mode (TEST ou PRODUCTION)", ConfigParameter.Type.CHOICE, true, false),
            new ConfigParameter("paymentUrl", "Adresse de la page de paiement", ConfigParameter.Type.URL, true, false));

    private static final ProviderCapabilities CAPABILITIES =
            new ProviderCapabilities(true, false, false, Duration.ofMinutes(15), Duration.ofMinutes(30));

    private final SystempayConfig config;
    private final Clock clock;

    private SystempayProvider(SystempayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * A provider for one shop.
     *
     * @param config the shop's configuration
     * @param clock the clock giving {@code vads_trans_date}
     * @return the provider
     */
    public static SystempayProvider of(SystempayConfig config, Clock clock) {
        return new SystempayProvider(Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String name() {
        return "systempay";
    }

    @Override
    public List<ConfigParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * {@inheritDoc}
     *
     * @throws SystempayFieldException if the reference is not 1 to 64 letters, digits, {@code _} or {@code -}, or
     *     the description is longer than 255 characters
     */
    @Override
    public PaymentStart start(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        if (!ORDER_ID.matcher(request.reference()).matches()) {
            throw new SystempayFieldException("vads_order_id", "1 to 64 letters, digits, '_' or '-'");
        }
        if (request.description().length() > ORDER_INFO_MAX) {
            throw new SystempayFieldException("vads_order_info", "at most " + ORDER_INFO_MAX + " characters");
        }
        Instant now = clock.instant();
        String transId = transactionId(now);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vads_site_id", config.siteId());
        fields.put("vads_ctx_mode", config.mode().name());
        fields.put("vads_trans_id", transId);
        fields.put("vads_trans_date", TRANS_DATE.format(now));
        fields.put("vads_amount", Long.toString(request.amountCents()));
        fields.put("vads_currency", EURO_NUMERIC);
        fields.put("vads_action_mode", "INTERACTIVE");
        fields.put("vads_page_action", "PAYMENT");
        fields.put("vads_version", "V2");
        fields.put("vads_payment_config", "SINGLE");
        fields.put("vads_order_id", request.reference());
        fields.put("vads_order_info", request.description());
        if (request.payerEmail() != null) {
            fields.put("vads_cust_email", request.payerEmail().value());
        }
        fields.put("vads_url_return", request.returnUrl().toString());
        fields.put("vads_url_check", request.notificationUrl().toString());
        fields.put(SIGNATURE, signature(fields, config.key()));
        LOG.debug("Systempay payment {} started as transaction {}", request.reference(), transId);
        return new PaymentStart.AutoPostForm(config.paymentUrl(), fields, transId);
    }

    /**
     * The transaction id of a payment started at an instant: tenths of a second since midnight UTC, 6 digits.
     *
     * @param at when the payment starts
     * @return the 6 digits
     */
    static String transactionId(Instant at) {
        LocalDateTime utc = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        long tenths = utc.getLong(ChronoField.SECOND_OF_DAY) * 10 + utc.getNano() / 100_000_000;
        return String.format(Locale.ROOT, "%06d", tenths);
    }

    @Override
    public NotificationVerdict verify(ProviderNotification notification) {
        Objects.requireNonNull(notification, "notification");
        Map<String, String> params = notification.parameters();
        String given = params.get(SIGNATURE);
        if (given == null || given.isEmpty()) {
            return rejected(RejectionReason.SIGNATURE_MISSING, "no signature field");
        }
        Map<String, String> signed = new TreeMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                signed.put(k, v);
            }
        });
        if (signed.isEmpty()) {
            return rejected(RejectionReason.MALFORMED, "no vads_ field");
        }
        byte[] expected = signature(signed, config.key()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            return rejected(RejectionReason.SIGNATURE_INVALID, "signature does not match");
        }
        if (!config.siteId().equals(signed.get("vads_site_id"))
                || !config.mode().name().equals(signed.get("vads_ctx_mode"))) {
            return rejected(RejectionReason.UNKNOWN_PAYMENT, "another shop or another mode");
        }
        String reference = signed.get("vads_order_id");
        String status = signed.get("vads_trans_status");
        String amount = signed.get("vads_amount");
        if (reference == null || reference.isEmpty() || status == null || amount == null) {
            return rejected(RejectionReason.MALFORMED, "vads_order_id, vads_trans_status or vads_amount missing");
        }
        if (!AMOUNT.matcher(amount).matches()) {
            return rejected(RejectionReason.MALFORMED, "vads_amount is not a number of cents");
        }
        if (!EURO_NUMERIC.equals(signed.get("vads_currency"))) {
            return rejected(RejectionReason.CURRENCY_MISMATCH, "vads_currency is not 978");
        }
        PaymentOutcome outcome = outcome(status);
        if (outcome == null) {
            return rejected(RejectionReason.MALFORMED, "unknown vads_trans_status");
        }
        String transactionId =
                signed.get("vads_trans_uuid") != null ? signed.get("vads_trans_uuid") : signed.get("vads_trans_id");
        Instant paidAt = outcome == PaymentOutcome.PAID ? date(signed.get("vads_effective_creation_date")) : null;
        LOG.debug("Systempay notification for payment {}: {}", reference, status);
        return new NotificationVerdict.Verified(
                reference, transactionId, outcome, Long.parseLong(amount), PaymentRequest.CURRENCY, status, paidAt);
    }

    /**
     * What a {@code vads_trans_status} means.
     *
     * @param status the status
     * @return the outcome, or null for a status this provider does not know
     */
    static @Nullable PaymentOutcome outcome(String status) {
        return switch (status) {
            case "AUTHORISED", "CAPTURED", "ACCEPTED" -> PaymentOutcome.PAID;
            case "REFUSED" -> PaymentOutcome.REFUSED;
            case "ABANDONED", "CANCELLED" -> PaymentOutcome.CANCELLED;
            case "EXPIRED" -> PaymentOutcome.EXPIRED;
            case "WAITING_AUTHORISATION",
                    "AUTHORISED_TO_VALIDATE",
                    "WAITING_AUTHORISATION_TO_VALIDATE",
                    "UNDER_VERIFICATION",
                    "INITIAL",
                    "PRE_AUTHORISED" -> PaymentOutcome.WAITING;
            case "CAPTURE_FAILED" -> PaymentOutcome.ERROR;
            default -> null;
        };
    }

    private static @Nullable Instant date(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return TRANS_DATE.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The signature of fields: the values of the {@code vads_} fields sorted by name, joined with {@code +},
     * followed by {@code +} and the key, through HMAC-SHA-256 keyed with the key, in Base64.
     *
     * @param fields the fields (others than {@code vads_*} are ignored)
     * @param key the certificate
     * @return the signature
     */
    static String signature(Map<String, String> fields, String key) {
        return java.util.Base64.getEncoder().encodeToString(hmacSha256(key, signedString(fields, key)));
    }

    /**
     * The string that is signed.
     *
     * @param fields the fields
     * @param key the certificate
     * @return the values of the {@code vads_} fields sorted by name, then the key, joined with {@code +}
     */
    static String signedString(Map<String, String> fields, String key) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                text.append(v).append('+');
            }
        });
        return text.append(key).toString();
    }

    private static byte[] hmacSha256(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static NotificationVerdict.Rejected rejected(RejectionReason reason, String detail) {
        LOG.warn("Systempay notification rejected: {} ({})", reason, detail);
        return new NotificationVerdict.Rejected(reason, detail);
    }

    /** The key is a secret: never shown. */
    @Override
    public String toString() {
        return "SystempayProvider[" + config + "]";
    }
}
