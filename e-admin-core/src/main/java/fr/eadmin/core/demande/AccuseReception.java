package fr.eadmin.core.demande;

import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.teleservice.ServiceContact;
import fr.eadmin.core.teleservice.SilenceRule;
import fr.eadmin.core.teleservice.Teleservice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The content of the accusé de réception of a deposited demande, as the CRPA requires it; the documents module
 * renders it (PDF, email).
 *
 * <ul>
 *   <li>L112-3: every demande addressed to the administration is acknowledged. R112-4 lists when no accusé de
 *       réception is due (an implicit or express decision acquired for the demandeur within 15 days, the mere
 *       delivery of a document or service the administration only checks the conditions for); whether to send
 *       it then is the application's choice: this value is produced at every deposit.
 *   <li>R112-5, 1°: the date of receipt ({@link #receivedOn}) and the date on which, without an express
 *       decision, the demande will be deemed accepted or rejected ({@link #implicitDecisionOn});
 *   <li>R112-5, 2°: the designation, postal address, email and telephone of the service in charge ({@link
 *       #service});
 *   <li>R112-5, 3° and L114-5: for an incomplete demande, the missing pièces ({@link #missingPieces}), the time
 *       given to produce them ({@link #piecesDueBy}), and that the delay of an implicit acceptance starts only
 *       when they arrive, or that the delay of an implicit rejection is suspended meanwhile ({@link
 *       #incompleteNotice});
 *   <li>R112-5, last paragraph: whether the demande may give rise to an implicit rejection or acceptance
 *       ({@link #silenceRule}); for a rejection, the remedies and their time limits ({@link #remedies}); for an
 *       acceptance, that the demandeur may ask for the attestation of L232-3 ({@link #attestationNotice}).
 * </ul>
 *
 * @param demande the demande's id
 * @param reference the demande's reference
 * @param teleservice the téléservice's code
 * @param designation the téléservice's title: what was asked for
 * @param organisation the name of the organisation in charge
 * @param service the service in charge and how to reach it
 * @param receivedAt when the demande was received
 * @param receivedOn the day of receipt
 * @param delay the delay to decide
 * @param silenceRule what silence means at its end
 * @param implicitDecisionOn the day the implicit decision is born (end of that day); null without a silence
 *     rule, or while pièces are awaited under silence vaut acceptation (the delay has not started)
 * @param decisionDueBy the last day of the delay, implicit decision or service commitment; null while unknown
 * @param remedies the voies et délais de recours against an implicit rejection; null otherwise
 * @param attestationNotice the mention of the attestation of an implicit acceptance (L232-3); null otherwise
 * @param missingPieces the pièces found missing at deposit
 * @param piecesDueBy the last day to produce them; null when none is missing
 * @param incompleteNotice what incompleteness does to the delay (L114-5); null when none is missing
 */
public record AccuseReception(
        DemandeId demande,
        DemandeReference reference,
        String teleservice,
        String designation,
        String organisation,
        ServiceContact service,
        Instant receivedAt,
        LocalDate receivedOn,
        Delay delay,
        SilenceRule silenceRule,
        @Nullable LocalDate implicitDecisionOn,
        @Nullable LocalDate decisionDueBy,
        @Nullable String remedies,
        @Nullable String attestationNotice,
        List<PieceType> missingPieces,
        @Nullable LocalDate piecesDueBy,
        @Nullable String incompleteNotice) {

    /** Checks the values. */
    public AccuseReception {
        Objects.requireNonNull(demande, "demande");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(designation, "designation");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(silenceRule, "silenceRule");
        missingPieces = List.copyOf(Objects.requireNonNull(missingPieces, "missingPieces"));
        if ((silenceRule == SilenceRule.REJET) != (remedies != null)) {
            throw new IllegalArgumentException("the remedies are given for a rejection by silence, and only then");
        }
        if ((silenceRule == SilenceRule.ACCEPTATION) != (attestationNotice != null)) {
            throw new IllegalArgumentException(
                    "the attestation is mentioned for an acceptance by silence, and only then");
        }
        if (missingPieces.isEmpty() != (piecesDueBy == null) || missingPieces.isEmpty() != (incompleteNotice == null)) {
            throw new IllegalArgumentException(
                    "the due date and notice are given when pièces are missing, and only then");
        }
    }

    /**
     * The accusé de réception of a demande just deposited.
     *
     * @param demande the deposited demande
     * @param teleservice its téléservice
     * @return the content
     * @throws IllegalArgumentException if the demande is a draft or of another téléservice
     */
    public static AccuseReception of(Demande demande, Teleservice teleservice) {
        Objects.requireNonNull(demande, "demande");
        Objects.requireNonNull(teleservice, "teleservice");
        if (!demande.teleservice().equals(teleservice.code())) {
            throw new IllegalArgumentException("the demande belongs to another téléservice");
        }
        DemandeDelay delay = demande.delay();
        Instant receivedAt = demande.depositedAt().orElse(null);
        if (delay == null || receivedAt == null) {
            throw new IllegalArgumentException("a draft has no accusé de réception");
        }
        SilenceRule rule = delay.silenceRule();
        List<PieceType> missing = List.of();
        LocalDate dueBy = null;
        if (!delay.waits().isEmpty() && delay.waits().get(0).requestedOn().equals(delay.receivedOn())) {
            PieceWait first = delay.waits().get(0);
            missing = first.missing();
            dueBy = missing.isEmpty() ? null : first.dueBy();
        }
        String incomplete = missing.isEmpty() ? null : incompleteNotice(rule, Objects.requireNonNull(dueBy));
        String organisation = teleservice.organisation().name();
        return new AccuseReception(
                demande.id(),
                demande.reference(),
                teleservice.code(),
                teleservice.title(),
                organisation,
                teleservice.organisation().contact(),
                receivedAt,
                delay.receivedOn(),
                delay.delay(),
                rule,
                rule == SilenceRule.NONE ? null : delay.deadline(),
                delay.deadline(),
                rule == SilenceRule.REJET ? remedies(organisation) : null,
                rule == SilenceRule.ACCEPTATION ? ATTESTATION : null,
                missing,
                dueBy,
                incomplete);
    }

    private static final String ATTESTATION = "Sans réponse de l'administration à la date indiquée, votre demande sera"
            + " réputée acceptée. Vous pourrez alors obtenir, sur simple demande, une attestation de cette décision"
            + " implicite d'acceptation (article L232-3 du code des relations entre le public et l'administration).";

    private static String remedies(String organisation) {
        return "Sans réponse de l'administration à la date indiquée, votre demande sera réputée rejetée. Vous pourrez"
                + " contester ce rejet implicite par un recours gracieux adressé à " + organisation
                + " ou par un recours hiérarchique, dans un délai de deux mois à compter de la naissance de la"
                + " décision ; ce recours administratif prolonge le délai du recours contentieux. Vous pourrez aussi"
                + " former un recours contentieux devant le tribunal administratif territorialement compétent dans"
                + " un délai de deux mois à compter de la naissance de la décision implicite (article R421-2 du code"
                + " de justice administrative), y compris par l'application Télérecours citoyens"
                + " (www.telerecours.fr). Vous pouvez demander la communication des motifs de cette décision dans"
                + " le délai du recours contentieux (article L232-4 du code des relations entre le public et"
                + " l'administration).";
    }

    private static String incompleteNotice(SilenceRule rule, LocalDate dueBy) {
        String produce = "Votre demande est incomplète : merci de produire les pièces indiquées au plus tard le "
                + FrenchFormats.date(dueBy) + ". ";
        return switch (rule) {
            case ACCEPTATION ->
                produce
                        + "Le délai au terme duquel votre demande sera réputée acceptée ne court qu'à compter de la"
                        + " réception de ces pièces (article L114-5 du code des relations entre le public et"
                        + " l'administration) : la date indiquée sera recalculée à leur réception.";
            case REJET ->
                produce
                        + "Le délai au terme duquel votre demande sera réputée rejetée est suspendu jusqu'à la réception"
                        + " de ces pièces, et au plus jusqu'à cette date (article L114-5 du code des relations entre le"
                        + " public et l'administration).";
            case NONE -> produce + "Le délai de traitement annoncé est suspendu jusqu'à leur réception.";
        };
    }
}
