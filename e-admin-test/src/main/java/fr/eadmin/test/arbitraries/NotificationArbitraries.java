package fr.eadmin.test.arbitraries;

import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.notification.NotificationId;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.usager.UsagerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries for notifications: texts of any Unicode character a notification can carry (everything but
 * U+0000 and lone surrogates, with markup and placeholder signs often), email and text message notifications.
 *
 * <p>Use them from a {@code @Provide} method of a jqwik test: {@code return NotificationArbitraries.notifications();}.
 */
public final class NotificationArbitraries {
    /** Signs that markup, templates, typography and headers give a meaning to. */
    private static final String SPECIAL = "<>&\"'{}\n\r\t:;!?«»\u00A0\u202F\u2028\u0085@[]|€^~\\ ";

    private static final List<String> TEMPLATE_CODES = List.of(
            "accuse-reception",
            "pieces-demandees",
            "decision-acceptee",
            "decision-refusee",
            "classement-sans-suite",
            "rappel-echeance",
            "rappel-rdv");

    private NotificationArbitraries() {}

    /**
     * Texts of 0 to {@code maxLength} UTF-16 code units: any Unicode character but U+0000 and lone surrogates
     * (emoji and other supplementary characters included), often ASCII, French letters or signs that mean
     * something to HTML, templates or mail headers.
     *
     * @param maxLength the most UTF-16 code units
     * @return texts
     */
    public static Arbitrary<String> texts(int maxLength) {
        Arbitrary<Integer> anyCodePoint = Arbitraries.integers()
                .between(1, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7E);
        Arbitrary<Integer> french = Arbitraries.of(
                "àâäçéèêëîïôöùûüÿœæÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆ’".codePoints().boxed().toList());
        Arbitrary<Integer> special = Arbitraries.of(SPECIAL.codePoints().boxed().toList());
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(3, ascii), Tuple.of(2, french), Tuple.of(2, special), Tuple.of(2, anyCodePoint));
        return codePoint.list().ofMaxSize(maxLength).map(codePoints -> {
            StringBuilder text = new StringBuilder();
            for (int cp : codePoints) {
                if (text.length() + Character.charCount(cp) > maxLength) {
                    break;
                }
                text.appendCodePoint(cp);
            }
            return text.toString();
        });
    }

    /**
     * Email and text message notifications, with and without a demande, their subjects one line and their
     * bodies not blank.
     *
     * @return notifications
     */
    public static Arbitrary<Notification> notifications() {
        return Arbitraries.oneOf(emailNotifications(), smsNotifications());
    }

    /**
     * Email notifications.
     *
     * @return notifications reaching an email address
     */
    public static Arbitrary<Notification> emailNotifications() {
        Arbitrary<String> subjects =
                texts(200).map(NotificationArbitraries::oneLine).filter(s -> !s.isBlank());
        return notifications(ContactArbitraries.emails().map(Recipient::email), subjects, texts(2000));
    }

    /**
     * Text message notifications.
     *
     * @return notifications reaching a telephone number
     */
    public static Arbitrary<Notification> smsNotifications() {
        return notifications(ContactArbitraries.telephones().map(Recipient::sms), Arbitraries.just("-"), texts(400));
    }

    private static Arbitrary<Notification> notifications(
            Arbitrary<Recipient> recipients, Arbitrary<String> subjects, Arbitrary<String> bodies) {
        Arbitrary<UUID> uuids = Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()));
        Arbitrary<Instant> times = Arbitraries.longs()
                .between(
                        Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2100-01-01T00:00:00Z").getEpochSecond())
                .flatMap(seconds -> Arbitraries.integers()
                        .between(0, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
        Arbitrary<Optional<DemandeId>> demandes = Arbitraries.frequencyOf(
                Tuple.of(7, uuids.map(uuid -> Optional.of(new DemandeId(uuid)))),
                Tuple.of(3, Arbitraries.just(Optional.<DemandeId>empty())));
        return Combinators.combine(
                        uuids,
                        uuids,
                        recipients,
                        Arbitraries.of(TEMPLATE_CODES),
                        subjects,
                        bodies.filter(b -> !b.isBlank()),
                        times,
                        demandes)
                .as((id, usager, recipient, code, subject, body, createdAt, demande) -> new Notification(
                        new NotificationId(id),
                        new UsagerId(usager),
                        recipient,
                        code,
                        recipient.channel() == NotificationChannel.EMAIL ? subject : null,
                        body,
                        createdAt,
                        demande.orElse(null)));
    }

    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }
}
