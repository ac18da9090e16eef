package fr.eadmin.core.demande;

import fr.eadmin.core.notification.MessageTemplate;
import fr.eadmin.core.notification.MessageTemplates;
import fr.eadmin.core.notification.Recipient;
import fr.eadmin.core.usager.UsagerId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the {@link DemandeService} notifies usagers: the message templates, where to reach a usager, and the
 * address where they follow a demande.
 *
 * <p>Which step sends which template:
 *
 * <ul>
 *   <li>deposit: {@link MessageTemplates#ACCUSE_RECEPTION} when the téléservice has a silence rule, {@value
 *       #DEMANDE_RECUE} otherwise (no implicit decision to announce);
 *   <li>request for pièces (by an agent, or at deposit): {@link MessageTemplates#PIECES_DEMANDEES};
 *   <li>acceptance, express or implicit: {@link MessageTemplates#DECISION_ACCEPTEE}; refusal, express or
 *       implicit: {@link MessageTemplates#DECISION_REFUSEE}; classement: {@link
 *       MessageTemplates#CLASSEMENT_SANS_SUITE};
 *   <li>start of the instruction, pièces received, reopening: {@code demande-start-instruction}, {@code
 *       demande-receive-pieces}, {@code demande-reopen}, sent only if the town added a template of that code;
 *   <li>creation and change of a draft, late flag: nothing.
 * </ul>
 *
 * <p>The variables are those {@link MessageTemplates} lists for the standard codes; the town's own codes get
 * {@code collectivite, teleservice, reference, url_suivi}. {@code date_limite} of the accusé de réception is the
 * end of the delay or, while it is unknown (pièces awaited), the end it would have from the receipt.
 *
 * @param templates the templates
 * @param recipients where to reach a usager (email, mobile); an empty list notifies nobody
 * @param trackingUrl the address where the usager follows a demande
 */
public record DemandeNotifications(
        MessageTemplates templates,
        Function<UsagerId, List<Recipient>> recipients,
        Function<Demande, String> trackingUrl) {

    /** The code of the message sent at deposit when the téléservice has no silence rule. */
    public static final String DEMANDE_RECUE = "demande-recue";

    /** Checks the values. */
    public DemandeNotifications {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
    }

    /**
     * The standard French templates, with a {@value #DEMANDE_RECUE} message added.
     *
     * @param recipients where to reach a usager
     * @param trackingUrl the address where the usager follows a demande
     * @return the configuration
     */
    public static DemandeNotifications french(
            Function<UsagerId, List<Recipient>> recipients, Function<Demande, String> trackingUrl) {
        return new DemandeNotifications(withDemandeRecue(MessageTemplates.french()), recipients, trackingUrl);
    }

    /**
     * No notification at all.
     *
     * @return the configuration
     */
    public static DemandeNotifications none() {
        return new DemandeNotifications(MessageTemplates.french(), usager -> List.of(), demande -> "");
    }

    /**
     * Adds the default {@value #DEMANDE_RECUE} templates to a set that has none.
     *
     * @param templates the templates
     * @return the templates, with {@value #DEMANDE_RECUE} by email and SMS
     */
    public static MessageTemplates withDemandeRecue(MessageTemplates templates) {
        MessageTemplates all = templates;
        if (all.find(DEMANDE_RECUE, fr.eadmin.core.notification.NotificationChannel.EMAIL)
                .isEmpty()) {
            all = all.with(MessageTemplate.email(
                    DEMANDE_RECUE,
                    "Votre demande n° {{reference}} est enregistrée",
                    "Bonjour,\n\nVotre demande « {{teleservice}} » a bien été reçue. Elle est enregistrée sous la"
                            + " référence {{reference}}.\n\nVous pouvez suivre son avancement sur votre espace :"
                            + " {{url_suivi}}\n\n{{collectivite}}"));
        }
        if (all.find(DEMANDE_RECUE, fr.eadmin.core.notification.NotificationChannel.SMS)
                .isEmpty()) {
            all = all.with(MessageTemplate.sms(
                    DEMANDE_RECUE,
                    "{{collectivite}} : votre demande {{reference}} est enregistrée. Suivi : {{url_suivi}}"));
        }
        return all;
    }
}
