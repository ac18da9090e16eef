package fr.eadmin.core.demande;

import fr.eadmin.core.calendar.Expiry;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.notification.MessageTemplates;
import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.notification.RenderedMessage;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Chooses and renders the message of a step, as {@link DemandeNotifications} describes. */
final class DemandeMessages {
    private DemandeMessages() {}

    /** The template code of a step, or empty if the step sends nothing. */
    static Optional<String> code(Demande demande, Step step) {
        DemandeDelay delay = demande.delay();
        return Optional.ofNullable(
                switch (step.action()) {
                    case DEPOSIT ->
                        delay != null && delay.silenceRule() == SilenceRule.NONE
                                ? DemandeNotifications.DEMANDE_RECUE
                                : MessageTemplates.ACCUSE_RECEPTION;
                    case REQUEST_PIECES -> MessageTemplates.PIECES_DEMANDEES;
                    case ACCEPT, IMPLICIT_ACCEPTANCE -> MessageTemplates.DECISION_ACCEPTEE;
                    case REFUSE, IMPLICIT_REJECTION -> MessageTemplates.DECISION_REFUSEE;
                    case CLASSER_SANS_SUITE -> MessageTemplates.CLASSEMENT_SANS_SUITE;
                    case START_INSTRUCTION, RECEIVE_PIECES, REOPEN ->
                        "demande-"
                                + step.action().name().toLowerCase(Locale.ROOT).replace('_', '-');
                    case CREATE, UPDATE_DRAFT, FLAG_LATE -> null;
                });
    }

    static RenderedMessage render(
            MessageTemplates templates,
            String code,
            Demande demande,
            Step step,
            Teleservice teleservice,
            NotificationChannel channel,
            String trackingUrl) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("collectivite", teleservice.organisation().name());
        variables.put("teleservice", teleservice.title());
        variables.put("reference", demande.reference().toString());
        variables.put("url_suivi", trackingUrl);
        DemandeDelay delay = Objects.requireNonNull(demande.delay(), "a notified demande is deposited");
        LocalDate day = Demande.day(step.at());
        switch (code) {
            case MessageTemplates.ACCUSE_RECEPTION -> {
                variables.put("service", teleservice.organisation().contact().designation());
                variables.put("date_depot", delay.receivedOn());
                LocalDate end = delay.deadline();
                if (end == null) {
                    end = delay.delay()
                            .endFrom(delay.receivedOn(), teleservice.calendar().businessCalendar(), Expiry.NOMINAL);
                }
                variables.put("date_limite", end);
                variables.put(
                        "decision_implicite", delay.silenceRule() == SilenceRule.ACCEPTATION ? "acceptée" : "rejetée");
            }
            case MessageTemplates.PIECES_DEMANDEES -> {
                PieceWait wait = delay.waits().get(delay.waits().size() - 1);
                List<String> pieces =
                        wait.missing().stream().map(PieceType::libelle).toList();
                variables.put(
                        "pieces",
                        pieces.isEmpty() ? List.of(step.reason() == null ? "compléments" : step.reason()) : pieces);
                variables.put("date_limite", wait.dueBy());
            }
            case MessageTemplates.DECISION_ACCEPTEE -> variables.put("date_decision", decisionDay(delay, day));
            case MessageTemplates.DECISION_REFUSEE, MessageTemplates.CLASSEMENT_SANS_SUITE -> {
                variables.put("date_decision", decisionDay(delay, day));
                variables.put("motif", motif(step));
            }
            default -> {}
        }
        return templates.render(code, channel, variables);
    }

    private static LocalDate decisionDay(DemandeDelay delay, LocalDate day) {
        Processing processing = delay.processing();
        return processing == null ? day : processing.decidedOn();
    }

    private static String motif(Step step) {
        if (step.action() == DemandeAction.IMPLICIT_REJECTION) {
            return "absence de réponse de l'administration dans le délai (silence vaut rejet)";
        }
        String reason = step.reason();
        return reason == null || reason.isBlank() ? "non précisé" : reason.strip();
    }
}
