package fr.eadmin.payment.paybox;

import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.spi.ConfigParameter;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentProvider;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderCapabilities;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paybox (Verifone) payment. {@link #start} returns the {@code PBX_*} form, signed by {@code PBX_HMAC}: the
 * upper case hex HMAC-SHA-512, keyed with the hex-decoded back office key, of the fields in order as
 * {@code name=value&...}. Paybox answers (the usager's return and the server-to-server call to
 * {@code PBX_REPONDRE_A}) with the variables {@code PBX_RETOUR} asks for, {@code sign} last: an RSA-SHA1
 * signature, in Base64, of the query string before {@code &sign=}, which {@link #verify} checks against Paybox's
 * public key. An answer without a signature is rejected, never taken as signed.
 *
 * <p>The signed string is rebuilt from the decoded {@code PBX_RETOUR} variables in the order received, each value
 * URL-encoded; this is exact because every signed variable is made of digits, letters, {@code _} and {@code -}:
 * amounts, codes, ids and our reference, which {@link #start} restricts to those characters. Only those
 * variables are read, so nothing unsigned reaches the verdict.
 *
 * <p>Immutable and thread-safe; the HMAC key never appears in {@code toString()} nor in the logs.
 */
public final class PayboxProvider implements PaymentProvider {
    private static final Logger LOG = LoggerFactory.getLogger(PayboxProvider.class);
    private static final String SIGN = "sign";
    private static final String RETOUR = "montant:M;reference:R;autorisation:A;erreur:E;transaction:S;sign:K";
    private static final Set<String> SIGNED = Set.of("montant", "reference", "autorisation", "erreur", "transaction");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,250}");
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,10}");
    private static final Pattern ERROR_CODE = Pattern.compile("[0-9]{5}");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneId.of("Europe/Paris"));

    private static final List<ConfigParameter> PARAMETERS = List.of(
            new ConfigParameter("site", "Numéro de site (PBX_SITE)", ConfigParameter.Type.DIGITS, true, false),
            new ConfigParameter("rang", "Rang (PBX_RANG)", ConfigParameter.Type.DIGITS, true, false),
            new ConfigParameter(
                    "identifiant", "Identifiant Paybox (PBX_IDENTIFIANT)", ConfigParameter.Type.DIGITS, true, false),
            new ConfigParameter("hmacKey", "Clé HMAC (hexadécimale)", ConfigParameter.Type.KEY, true, true),
            new ConfigParameter(
                    "providerPublicKey", "Clé publique de Paybox (PEM)", ConfigParameter.Type.TEXT, true, false),
            new ConfigParameter("paymentUrl", "Adresse de la page de paiement", ConfigParameter.Type.URL, true, false));

    private static final ProviderCapabilities CAPABILITIES =
            new ProviderCapabilities(true, false, false, Duration.ofMinutes(15), Duration.ofMinutes(30));

    private final PayboxConfig config;
    private final Clock clock;

    private PayboxProvider(PayboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * A provider for one shop.
     *
     * @param config the shop's configuration
     * @param clock the clock giving {@code PBX_TIME}
     * @return the provider
     */
    public static PayboxProvider of(PayboxConfig config, Clock clock) {
        return new PayboxProvider(Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String name() {
        return "paybox";
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
     * @throws PayboxFieldException if the reference is not 1 to 250 letters, digits, {@code _} or {@code -}, or
     *     the request has no payer e-mail ({@code PBX_PORTEUR} is required)
     */
    @Override
    public PaymentStart start(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        if (!REFERENCE.matcher(request.reference()).matches()) {
            throw new PayboxFieldException("PBX_CMD", "1 to 250 letters, digits, '_' or '-'");
        }
        if (request.payerEmail() == null) {
            throw new PayboxFieldException("PBX_PORTEUR", "the payer's e-mail is required");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PBX_SITE", config.site());
        fields.put("PBX_RANG", config.rang());
        fields.put("PBX_IDENTIFIANT", config.identifiant());
        fields.put("PBX_TOTAL", Long.toString(request.amountCents()));
        fields.put("PBX_DEVISE", "978");
        fields.put("PBX_CMD", request.reference());
        fields.put("PBX_PORTEUR", request.payerEmail().value());
        fields.put("PBX_RETOUR", RETOUR);
        fields.put("PBX_REPONDRE_A", request.notificationUrl().toString());
        fields.put("PBX_EFFECTUE", request.returnUrl().toString());
        fields.put("PBX_REFUSE", request.returnUrl().toString());
        fields.put("PBX_ANNULE", request.returnUrl().toString());
        fields.put("PBX_ATTENTE", request.returnUrl().toString());
        fields.put("PBX_HASH", "SHA512");
        fields.put("PBX_TIME", TIME.format(clock.instant()));
        fields.put("PBX_HMAC", hmac(fields, config.hmacKeyBytes()));
        LOG.debug("Paybox payment {} started", request.reference());
        return new PaymentStart.AutoPostForm(config.paymentUrl(), fields, null);
    }

    /**
     * The {@code PBX_HMAC} of fields.
     *
     * @param fields the fields in the order they are sent
     * @param key the decoded key
     * @return the upper case hex HMAC-SHA-512 of {@code name=value&...}
     */
    static String hmac(Map<String, String> fields, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key, "HmacSHA512"));
            byte[] digest = mac.doFinal(hmacString(fields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-512 is part of every Java runtime", e);
        }
    }

    /**
     * The string {@code PBX_HMAC} signs.
     *
     * @param fields the fields in order
     * @return {@code name=value&...}, without {@code PBX_HMAC} itself
     */
    static String hmacString(Map<String, String> fields) {
        StringJoiner text = new StringJoiner("&");
        fields.forEach((k, v) -> {
            if (!"PBX_HMAC".equals(k)) {
                text.add(k + "=" + v);
            }
        });
        return text.toString();
    }

    @Override
    public NotificationVerdict verify(ProviderNotification notification) {
        Objects.requireNonNull(notification, "notification");
        Map<String, String> params = notification.parameters();
        String sign = params.get(SIGN);
        if (sign == null || sign.isEmpty()) {
            return rejected(RejectionReason.SIGNATURE_MISSING, "no sign variable");
        }
        if (!checkSignature(signedString(params), sign)) {
            return rejected(RejectionReason.SIGNATURE_INVALID, "signature does not match");
        }
        String reference = params.get("reference");
        String amount = params.get("montant");
        String error = params.get("erreur");
        if (reference == null || reference.isEmpty() || amount == null || error == null) {
            return rejected(RejectionReason.MALFORMED, "reference, montant or erreur missing");
        }
        if (!AMOUNT.matcher(amount).matches()) {
            return rejected(RejectionReason.MALFORMED, "montant is not a number of cents");
        }
        PaymentOutcome outcome = outcome(error);
        if (outcome == null) {
            return rejected(RejectionReason.MALFORMED, "erreur is not a 5-digit code");
        }
        String transaction = params.get("transaction");
        LOG.debug("Paybox answer for payment {}: {}", reference, error);
        return new NotificationVerdict.Verified(
                reference,
                transaction == null || transaction.isEmpty() ? null : transaction,
                outcome,
                Long.parseLong(amount),
                PaymentRequest.CURRENCY,
                error,
                outcome == PaymentOutcome.PAID ? notification.receivedAt() : null);
    }

    /**
     * The string Paybox signs: the variables {@code PBX_RETOUR} asks for, in the order received, as a query
     * string. Other parameters (the application's own, in its return URL) are neither signed nor read.
     *
     * @param params the decoded parameters
     * @return {@code name=value&...}, values URL-encoded
     */
    static String signedString(Map<String, String> params) {
        StringJoiner text = new StringJoiner("&");
        params.forEach((name, value) -> {
            if (SIGNED.contains(name)) {
                text.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return text.toString();
    }

    private boolean checkSignature(String data, String sign) {
        try {
            byte[] signature = Base64.getDecoder().decode(sign.getBytes(StandardCharsets.US_ASCII));
            if (!Base64.getEncoder().encodeToString(signature).equals(sign)) {
                return false; // not canonical: unused bits set, so the text was changed after signing
            }
            Signature verifier = Signature.getInstance("SHA1withRSA");
            verifier.initVerify(config.providerPublicKey());
            verifier.update(data.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * What an {@code erreur} code means: {@code 00000} paid, {@code 00001} abandoned (the usager cancelled),
     * {@code 001xx} refused by the authorisation centre, {@code 00030} the page waited more than 15 minutes,
     * {@code 00003}, {@code 00006}, {@code 00009} to {@code 00011}, {@code 00015}, {@code 00016} a Paybox or
     * configuration error, any other code a refusal (card invalid or not allowed, 3-D Secure failed…).
     *
     * @param code the code
     * @return the outcome, or null if the code is not 5 digits
     */
    static @Nullable PaymentOutcome outcome(String code) {
        if (!ERROR_CODE.matcher(code).matches()) {
            return null;
        }
        return switch (code) {
            case "00000" -> PaymentOutcome.PAID;
            case "00001" -> PaymentOutcome.CANCELLED;
            case "00030" -> PaymentOutcome.EXPIRED;
            case "00003", "00006", "00009", "00010", "00011", "00015", "00016" -> PaymentOutcome.ERROR;
            default -> PaymentOutcome.REFUSED;
        };
    }

    private static NotificationVerdict.Rejected rejected(RejectionReason reason, String detail) {
        LOG.warn("Paybox answer rejected: {} ({})", reason, detail);
        return new NotificationVerdict.Rejected(reason, detail);
    }

    /** The key is a secret: never shown. */
    @Override
    public String toString() {
        return "PayboxProvider[" + config + "]";
    }
}
