package fr.eadmin.core.teleservice;

import fr.eadmin.core.Channel;
import fr.eadmin.core.calendar.Delay;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.usager.UsagerKind;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One online procedure offered to usagers: what it is, who owns it, the form and the pièces it asks for, what
 * it costs, how long the administration commits to answer and what its silence means.
 *
 * {@snippet :
 * Teleservice acte = new Teleservice(
 *         "acte-naissance", "Demande d'acte de naissance", mairie, new FormRef("acte-naissance", 1),
 *         List.of(PieceRequirement.always(PieceType.PIECE_IDENTITE)), 0,
 *         Delay.ofBusinessDays(6), SilenceRule.NONE, Set.of(Channel.INTERNET, Channel.GUICHET),
 *         TeleserviceCalendar.of("78"));
 * }
 *
 * @param code a stable code: lower-case letters, digits and dashes, starting with a letter, at most 64
 * @param title the title shown to usagers, such as {@code "Inscription scolaire"}
 * @param organisation the owner and its service in charge
 * @param form the form the usager fills in
 * @param pieces the pièces justificatives asked for, each with its condition; a type at most once
 * @param feeCents the fee in euro cents, 0 when free
 * @param delay the delay within which the administration commits to decide
 * @param silenceRule what the administration's silence means at the end of the delay
 * @param channels the channels through which a demande may be filed, at least one
 * @param calendar the calendar the delay is counted on
 */
public record Teleservice(
        String code,
        String title,
        Organisation organisation,
        FormRef form,
        List<PieceRequirement> pieces,
        long feeCents,
        Delay delay,
        SilenceRule silenceRule,
        Set<Channel> channels,
        TeleserviceCalendar calendar) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    /**
     * Checks the values.
     *
     * @throws InvalidTeleserviceException naming the field that is wrong
     */
    public Teleservice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(pieces, "pieces");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(silenceRule, "silenceRule");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(calendar, "calendar");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidTeleserviceException(
                    null, "code", "must be lower-case letters, digits and dashes, starting with a letter, at most 64");
        }
        title = title.strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidTeleserviceException(code, "title", "must be 1 to 200 characters");
        }
        pieces = List.copyOf(pieces);
        Set<String> types = new HashSet<>();
        for (PieceRequirement piece : pieces) {
            if (!types.add(piece.type().code())) {
                throw new InvalidTeleserviceException(
                        code, "pieces", "the pièce type " + piece.type().code() + " is listed twice");
            }
        }
        if (feeCents < 0) {
            throw new InvalidTeleserviceException(code, "feeCents", "must not be negative");
        }
        if (channels.isEmpty()) {
            throw new InvalidTeleserviceException(code, "channels", "must accept at least one channel");
        }
        channels = Set.copyOf(EnumSet.copyOf(channels));
    }

    /**
     * Whether a demande may be filed through this channel.
     *
     * @param channel the channel
     * @return true if accepted
     */
    public boolean accepts(Channel channel) {
        return channels.contains(Objects.requireNonNull(channel, "channel"));
    }

    /**
     * The pièces required for one demande.
     *
     * @param beneficiaryKind the kind of usager the demande is for
     * @param answers the answers of the form
     * @return the types of the pièces required, in catalogue order
     */
    public List<PieceType> requiredPieces(UsagerKind beneficiaryKind, Map<String, String> answers) {
        Objects.requireNonNull(beneficiaryKind, "beneficiaryKind");
        Objects.requireNonNull(answers, "answers");
        return pieces.stream()
                .filter(p -> p.condition().applies(beneficiaryKind, answers))
                .map(PieceRequirement::type)
                .toList();
    }
}
