package fr.eadmin.documents;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The letterhead of the town (or other issuing body) printed at the top of every page.
 *
 * @param name the name, such as {@code "Mairie de Saint-Étienne"}
 * @param addressLines the postal address, one to four lines
 * @param contact how to reach the town, one line (telephone, email, website)
 * @param logo the logo, or null for none
 * @param accent the accent colour
 */
public record TownIdentity(
        String name,
        List<String> addressLines,
        String contact,
        @Nullable Logo logo,
        AccentColor accent) {
    private static final String DOCUMENT = "letterhead";

    /**
     * Checks the values.
     *
     * @throws InvalidDocumentException if the name is blank or too long, or the address has no line or too many
     */
    public TownIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(addressLines, "addressLines");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(accent, "accent");
        name = InvalidDocumentException.require(DOCUMENT, "name", name);
        if (name.length() > 100) {
            throw new InvalidDocumentException(DOCUMENT, "name", "has more than 100 characters");
        }
        addressLines = List.copyOf(addressLines);
        if (addressLines.isEmpty() || addressLines.size() > 4) {
            throw new InvalidDocumentException(DOCUMENT, "addressLines", "needs 1 to 4 lines");
        }
        for (int i = 0; i < addressLines.size(); i++) {
            if (addressLines.get(i).isBlank() || addressLines.get(i).length() > 80) {
                throw new InvalidDocumentException(DOCUMENT, "addressLines[" + i + "]", "must be 1 to 80 characters");
            }
        }
        contact = contact.strip();
        if (contact.length() > 120) {
            throw new InvalidDocumentException(DOCUMENT, "contact", "has more than 120 characters");
        }
    }

    /**
     * A letterhead without logo, in the default accent colour.
     *
     * @param name the town's name
     * @param addressLines its postal address
     * @param contact how to reach it
     * @return the letterhead
     */
    public static TownIdentity of(String name, List<String> addressLines, String contact) {
        return new TownIdentity(name, addressLines, contact, null, AccentColor.MARINE);
    }

    /**
     * The same letterhead with a logo.
     *
     * @param newLogo the logo
     * @return a new letterhead
     */
    public TownIdentity withLogo(Logo newLogo) {
        return new TownIdentity(name, addressLines, contact, Objects.requireNonNull(newLogo, "logo"), accent);
    }

    /**
     * The same letterhead in another colour.
     *
     * @param newAccent the colour
     * @return a new letterhead
     */
    public TownIdentity withAccent(AccentColor newAccent) {
        return new TownIdentity(name, addressLines, contact, logo, newAccent);
    }
}
