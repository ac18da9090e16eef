package fr.eadmin.payment.payfip;

import fr.eadmin.payment.PaymentOutcome;
import fr.eadmin.payment.spi.ConfigParameter;
import fr.eadmin.payment.spi.NotificationVerdict;
import fr.eadmin.payment.spi.PaymentProvider;
import fr.eadmin.payment.spi.PaymentRequest;
import fr.eadmin.payment.spi.PaymentStart;
import fr.eadmin.payment.spi.ProviderCapabilities;
import fr.eadmin.payment.spi.ProviderNotification;
import fr.eadmin.payment.spi.RejectionReason;
import fr.eadmin.payment.spi.StartedPayment;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PayFiP Régie through its web service. {@link #start} checks every field against PayFiP's rules before
 * anything is sent, calls {@code creerPaiementSecurise} and redirects the usager to
 * {@code https://www.payfip.gouv.fr/tpa/paiementws.web?idop=…}. PayFiP's notification carries only the
 * {@code idOp} and is not signed: {@link #verify} never trusts it; the payment lifecycle finds the payment by
 * the idOp ({@link #transactionIdOf}) and {@link #fetchStatus} asks {@code recupererDetailPaiementSecurise} for
 * the result.
 *
 * <p>Result codes: {@code P} or {@code V} paid, {@code R} or {@code Z} refused, {@code A} abandoned. The fault
 * {@code P5} (result not known yet) means waiting while the idOp lives (15 minutes from the start) and expired
 * after; the fault {@code P1} (idOp unknown) rejects the answer as naming an unknown payment.
 *
 * <p>Immutable and thread-safe; PayFiP takes no secret.
 */
public final class PayfipProvider implements PaymentProvider {
    /** How long an idOp can be paid. */
    public static final Duration ID_OP_LIFETIME = Duration.ofMinutes(15);

    /** Where the usager pays, followed by the idOp. */
    public static final String PAYMENT_PAGE = "https://www.payfip.gouv.fr/tpa/paiementws.web?idop=";

    /** The smallest amount PayFiP takes, in cents (1 euro). */
    public static final long MIN_CENTS = 100;

    /** The largest amount PayFiP takes, in cents (99 999,99 euros). */
    public static final long MAX_CENTS = 9_999_999;

    private static final Logger LOG = LoggerFactory.getLogger(PayfipProvider.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern REFDET = Pattern.compile("[A-Za-z0-9]{6,30}");
    private static final Pattern OBJET = Pattern.compile("[A-Za-z0-9 .,'/()_-]{1,100}");
    private static final Pattern ID_OP = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern MONTANT = Pattern.compile("[0-9]{1,10}");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final int URL_MAX = 250;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("ddMMuuuuHHmm");

    private static final List<ConfigParameter> PARAMETERS = List.of(
            new ConfigParameter(
                    "numcli", "Numéro de client PayFiP (6 chiffres)", ConfigParameter.Type.DIGITS, true, false),
            new ConfigParameter(
                    "saisie", "Mode (T test, X activation, W production)", ConfigParameter.Type.CHOICE, true, false));

    private static final ProviderCapabilities CAPABILITIES =
            new ProviderCapabilities(false, true, false, Duration.ofMinutes(5), ID_OP_LIFETIME);

    private final PayfipConfig config;
    private final PayfipTransport transport;
    private final Clock clock;

    private PayfipProvider(PayfipConfig config, PayfipTransport transport, Clock clock) {
        this.config = config;
        this.transport = transport;
        this.clock = clock;
    }

    /**
     * A provider for one régie.
     *
     * @param config the régie's configuration
     * @param transport how SOAP envelopes reach PayFiP
     * @param clock the clock telling whether an idOp has expired
     * @return the provider
     */
    public static PayfipProvider of(PayfipConfig config, PayfipTransport transport, Clock clock) {
        return new PayfipProvider(
                Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(transport, "transport"),
                Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String name() {
        return "payfip";
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
     * @throws PayfipFieldException if a field breaks PayFiP's rules: {@code refdet} 6 to 30 letters or digits,
     *     {@code objet} 1 to 100 letters (accents are removed), digits, spaces or {@code .,'/()_-},
     *     {@code montant} from {@link #MIN_CENTS} to {@link #MAX_CENTS}, {@code mel} present, URLs at most 250
     *     characters
     * @throws PayfipFaultException if PayFiP refuses the call
     * @throws PayfipUnavailableException if PayFiP cannot be reached or answers nonsense
     */
    @Override
    public PaymentStart start(PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        Map<String, String> fields = creationFields(request);
        String answer = transport.post("creerPaiementSecurise", Soap.request("creerPaiementSecurise", fields));
        Soap.Answer parsed = Soap.parse(answer);
        if (parsed.faultCode() != null) {
            throw new PayfipFaultException("creerPaiementSecurise", parsed.faultCode(), parsed.faultLabel());
        }
        String idOp = parsed.values().get("idOp");
        if (idOp == null || !ID_OP.matcher(idOp).matches()) {
            throw new PayfipUnavailableException("PayFiP creerPaiementSecurise answered without a usable idOp", null);
        }
        LOG.debug("PayFiP payment {} started as idOp {}", request.reference(), idOp);
        return new PaymentStart.Redirect(URI.create(PAYMENT_PAGE + idOp), idOp);
    }

    /**
     * The fields of {@code creerPaiementSecurise}, checked.
     *
     * @param request the payment
     * @return the fields in the order of the service's schema
     */
    Map<String, String> creationFields(PaymentRequest request) {
        if (!REFDET.matcher(request.reference()).matches()) {
            throw new PayfipFieldException("refdet", "6 to 30 letters or digits");
        }
        String objet = objet(request.description());
        if (!OBJET.matcher(objet).matches()) {
            throw new PayfipFieldException("objet", "1 to 100 letters, digits, spaces or .,'/()_-");
        }
        if (request.amountCents() < MIN_CENTS || request.amountCents() > MAX_CENTS) {
            throw new PayfipFieldException("montant", "from " + MIN_CENTS + " to " + MAX_CENTS + " cents");
        }
        if (request.payerEmail() == null) {
            throw new PayfipFieldException("mel", "the payer's e-mail is required");
        }
        String notif = request.notificationUrl().toString();
        String redirect = request.returnUrl().toString();
        if (notif.length() > URL_MAX) {
            throw new PayfipFieldException("urlnotif", "at most " + URL_MAX + " characters");
        }
        if (redirect.length() > URL_MAX) {
            throw new PayfipFieldException("urlredirect", "at most " + URL_MAX + " characters");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("exer", Integer.toString(request.createdAt().atZone(PARIS).getYear()));
        fields.put("mel", request.payerEmail().value());
        fields.put("montant", Long.toString(request.amountCents()));
        fields.put("numcli", config.numcli());
        fields.put("objet", objet);
        fields.put("refdet", request.reference());
        fields.put("saisie", config.saisie().code());
        fields.put("urlnotif", notif);
        fields.put("urlredirect", redirect);
        return fields;
    }

    /**
     * The {@code objet} PayFiP will show: the description without accents, spaces trimmed.
     *
     * @param description what is paid for
     * @return the text sent as {@code objet}
     */
    static String objet(String description) {
        String decomposed = Normalizer.normalize(description, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").strip();
    }

    /**
     * Never trusts a PayFiP notification: it carries no signature, only the idOp (see {@link #idOp}); the
     * outcome comes from {@link #fetchStatus}.
     *
     * @param notification the notification as received
     * @return always {@link NotificationVerdict.Rejected} with {@link RejectionReason#SIGNATURE_MISSING}
     */
    @Override
    public NotificationVerdict verify(ProviderNotification notification) {
        Objects.requireNonNull(notification, "notification");
        return new NotificationVerdict.Rejected(
                RejectionReason.SIGNATURE_MISSING, "PayFiP notifications are not signed: fetch the status back");
    }

    /**
     * The idOp a PayFiP notification names, to find the payment whose status to fetch back. The idOp is not
     * proof of anything.
     *
     * @param notification the notification as received
     * @return the idOp, if the notification carries a well-formed one
     */
    public static Optional<String> idOp(ProviderNotification notification) {
        Objects.requireNonNull(notification, "notification");
        return notification
                .parameter("idop")
                .or(() -> notification.parameter("idOp"))
                .filter(v -> ID_OP.matcher(v).matches());
    }

    /**
     * The idOp the notification names (see {@link #idOp}).
     *
     * @param notification the notification as received
     * @return the idOp, if the notification carries a well-formed one
     */
    @Override
    public Optional<String> transactionIdOf(ProviderNotification notification) {
        return idOp(notification);
    }

    @Override
    public NotificationVerdict fetchStatus(StartedPayment payment) {
        Objects.requireNonNull(payment, "payment");
        String idOp = payment.providerTransactionId();
        if (idOp == null || !ID_OP.matcher(idOp).matches()) {
            return new NotificationVerdict.Rejected(RejectionReason.UNKNOWN_PAYMENT, "no idOp for this payment");
        }
        Soap.Answer answer;
        try {
            answer = Soap.parse(transport.post(
                    "recupererDetailPaiementSecurise",
                    Soap.request("recupererDetailPaiementSecurise", Map.of("idOp", idOp))));
        } catch (PayfipUnavailableException e) {
            LOG.warn("PayFiP status of idOp {} unavailable: {}", idOp, e.getMessage());
            return new NotificationVerdict.Rejected(RejectionReason.PROVIDER_UNAVAILABLE, e.getMessage());
        }
        PaymentRequest request = payment.request();
        if (answer.faultCode() != null) {
            return fault(answer.faultCode(), answer.faultLabel(), request, idOp);
        }
        return detail(answer.values(), request, idOp);
    }

    private NotificationVerdict fault(String code, String label, PaymentRequest request, String idOp) {
        switch (code) {
            case "P5" -> {
                boolean expired = clock.instant().isAfter(request.createdAt().plus(ID_OP_LIFETIME));
                return new NotificationVerdict.Verified(
                        request.reference(),
                        idOp,
                        expired ? PaymentOutcome.EXPIRED : PaymentOutcome.WAITING,
                        request.amountCents(),
                        PaymentRequest.CURRENCY,
                        code,
                        null);
            }
            case "P1" -> {
                return new NotificationVerdict.Rejected(RejectionReason.UNKNOWN_PAYMENT, "P1: " + label);
            }
            default -> {
                LOG.warn("PayFiP status of idOp {}: fault {}", idOp, code);
                return new NotificationVerdict.Rejected(RejectionReason.PROVIDER_UNAVAILABLE, code + ": " + label);
            }
        }
    }

    private NotificationVerdict detail(Map<String, String> values, PaymentRequest request, String idOp) {
        String result = values.get("resultrans");
        String refdet = values.get("refdet");
        String montant = values.get("montant");
        if (result == null
                || refdet == null
                || montant == null
                || !MONTANT.matcher(montant).matches()) {
            return new NotificationVerdict.Rejected(
                    RejectionReason.MALFORMED, "resultrans, refdet or montant missing or unreadable");
        }
        if (!config.numcli().equals(values.get("numcli")) || !idOp.equals(values.get("idOp"))) {
            return new NotificationVerdict.Rejected(RejectionReason.UNKNOWN_PAYMENT, "another régie or idOp");
        }
        PaymentOutcome outcome = outcome(result);
        if (outcome == null) {
            return new NotificationVerdict.Rejected(RejectionReason.MALFORMED, "unknown resultrans");
        }
        Instant paidAt =
                outcome == PaymentOutcome.PAID ? paidAt(values.get("dattrans"), values.get("heurtrans")) : null;
        LOG.debug("PayFiP status of idOp {} for payment {}: {}", idOp, request.reference(), result);
        return new NotificationVerdict.Verified(
                refdet, idOp, outcome, Long.parseLong(montant), PaymentRequest.CURRENCY, result, paidAt);
    }

    /**
     * What a {@code resultrans} means.
     *
     * @param result the code
     * @return the outcome, or null for a code PayFiP does not document
     */
    static @Nullable PaymentOutcome outcome(String result) {
        return switch (result) {
            case "P", "V" -> PaymentOutcome.PAID;
            case "R", "Z" -> PaymentOutcome.REFUSED;
            case "A" -> PaymentOutcome.CANCELLED;
            default -> null;
        };
    }

    private static @Nullable Instant paidAt(@Nullable String date, @Nullable String time) {
        if (date == null || time == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(date + time, DATE_TIME).atZone(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "PayfipProvider[numcli=" + config.numcli() + ", saisie=" + config.saisie() + "]";
    }
}
