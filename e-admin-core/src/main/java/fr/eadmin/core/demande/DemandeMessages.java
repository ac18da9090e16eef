package fr.eadmin.core.demande;

import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.notification.RenderedMessage;
import fr.eadmin.core.teleservice.Teleservice;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The French messages telling a usager what happened to their demande. Bodies name the demande by its
 * reference and the téléservice by its title, never the usager.
 */
final class DemandeMessages {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private DemandeMessages() {}

    static String templateCode(DemandeAction action) {
        return "demande-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static RenderedMessage render(Demande demande, Step step, Teleservice teleservice, NotificationChannel channel) {
        String reference = demande.reference().toString();
        String what = teleservice.title();
        DemandeDelay delay = demande.delay();
        String text =
                switch (step.action()) {
                    case CREATE -> "Votre demande " + reference + " (" + what + ") est enregistrée en brouillon.";
                    case DEPOSIT ->
                        "Nous avons bien reçu votre demande " + reference + " (" + what + ")" + dueText(delay)
                                + ". Votre accusé de réception est disponible dans votre espace.";
                    case START_INSTRUCTION ->
                        "Votre demande " + reference + " (" + what + ") est en cours d'instruction.";
                    case REQUEST_PIECES ->
                        "Votre demande " + reference + " (" + what + ") est incomplète : "
                                + reasonOr(step.reason(), "des pièces sont demandées") + ". Merci de les transmettre"
                                + waitDue(delay) + ".";
                    case RECEIVE_PIECES ->
                        "Les pièces de votre demande " + reference + " (" + what + ") ont été reçues.";
                    case ACCEPT -> "Votre demande " + reference + " (" + what + ") est acceptée.";
                    case REFUSE ->
                        "Votre demande " + reference + " (" + what + ") est refusée. La décision motivée"
                                + " et les voies de recours sont disponibles dans votre espace.";
                    case CLASSER_SANS_SUITE -> "Votre demande " + reference + " (" + what + ") est classée sans suite.";
                    case REOPEN -> "Votre demande " + reference + " (" + what + ") est de nouveau en instruction.";
                    case IMPLICIT_ACCEPTANCE ->
                        "Votre demande " + reference + " (" + what + ") est réputée acceptée :"
                                + " sans réponse dans le délai, le silence de l'administration vaut acceptation. Vous"
                                + " pouvez demander une attestation de cette décision.";
                    case IMPLICIT_REJECTION ->
                        "Votre demande " + reference + " (" + what + ") est réputée rejetée :"
                                + " sans réponse dans le délai, le silence de l'administration vaut rejet. Les voies de"
                                + " recours figurent sur votre accusé de réception.";
                    case UPDATE_DRAFT, FLAG_LATE -> "Votre demande " + reference + " (" + what + ") a été mise à jour.";
                };
        String subject = channel == NotificationChannel.EMAIL ? "Votre demande " + reference : null;
        return new RenderedMessage(templateCode(step.action()), channel, subject, text);
    }

    private static String reasonOr(@Nullable String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason.strip();
    }

    private static String dueText(@Nullable DemandeDelay delay) {
        if (delay == null || delay.deadline() == null) {
            return "";
        }
        return "; une réponse vous sera apportée au plus tard le " + format(delay.deadline());
    }

    private static String waitDue(@Nullable DemandeDelay delay) {
        if (delay == null || delay.waits().isEmpty()) {
            return "";
        }
        return " au plus tard le "
                + format(delay.waits().get(delay.waits().size() - 1).dueBy());
    }

    private static String format(LocalDate day) {
        return DATE.format(day);
    }
}
