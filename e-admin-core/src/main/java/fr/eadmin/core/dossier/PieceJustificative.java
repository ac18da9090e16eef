package fr.eadmin.core.dossier;

import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.spi.BlobRef;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A supporting document a usager supplied once, kept in their {@link DossierUsager} so that later demandes
 * can reuse it while it is valid. The content lives in a {@link fr.eadmin.core.spi.BlobStore}; the pièce
 * holds its reference and what the dossier needs to decide whether it is still valid.
 *
 * <p>Rules checked on construction: the document's date is not after the day it was supplied (in
 * Europe/Paris), the expiry date (if any) is not before the document's date, a type whose rule needs an expiry
 * date has one, the file name is a plain name (no path), and the media type is a {@code type/subtype} with no
 * parameters.
 *
 * @param id the technical id
 * @param type the kind of pièce, with its validity rule
 * @param content the reference of the content in the blob store (its size is {@link #size()})
 * @param fileName the original file name, without any path
 * @param mediaType the media type, such as {@code application/pdf}, lower case
 * @param suppliedAt when the usager or an agent supplied it
 * @param documentDate the date the document was issued (date of the facture, of the acte...)
 * @param expiryDate the expiry date printed on the document, if any
 * @param usedBy the demandes that used it as a pièce justificative
 */
public record PieceJustificative(
        PieceId id,
        PieceType type,
        BlobRef content,
        String fileName,
        String mediaType,
        Instant suppliedAt,
        LocalDate documentDate,
        @Nullable LocalDate expiryDate,
        Set<DemandeId> usedBy) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    private static final int MAX_FILE_NAME_LENGTH = 255;

    /**
     * Checks and normalises the values.
     *
     * @throws InvalidDossierException if a rule of the class documentation is broken
     */
    public PieceJustificative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(suppliedAt, "suppliedAt");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(usedBy, "usedBy");
        fileName = checkFileName(fileName);
        mediaType = checkMediaType(mediaType);
        if (documentDate.isAfter(LocalDate.ofInstant(suppliedAt, PARIS))) {
            throw new InvalidDossierException("piece.documentDate", "must not be after the day it was supplied");
        }
        if (expiryDate != null && expiryDate.isBefore(documentDate)) {
            throw new InvalidDossierException("piece.expiryDate", "must not be before the document's date");
        }
        if (expiryDate == null && type.validity().needsExpiryDate()) {
            throw new InvalidDossierException("piece.expiryDate", "is required for pièces of type " + type.code());
        }
        usedBy = Collections.unmodifiableSortedSet(new TreeSet<>(usedBy));
    }

    /**
     * A pièce supplied now, used by no demande yet.
     *
     * @param clock the clock giving the instant of supply and the id
     * @param type the kind of pièce
     * @param content the reference of the content, already in the blob store
     * @param fileName the original file name
     * @param mediaType the media type
     * @param documentDate the date the document was issued
     * @param expiryDate the expiry date printed on the document, if any
     * @return the pièce
     * @throws InvalidDossierException if a rule of the class documentation is broken
     */
    public static PieceJustificative supplied(
            Clock clock,
            PieceType type,
            BlobRef content,
            String fileName,
            String mediaType,
            LocalDate documentDate,
            @Nullable LocalDate expiryDate) {
        return new PieceJustificative(
                PieceId.generate(clock),
                type,
                content,
                fileName,
                mediaType,
                clock.instant(),
                documentDate,
                expiryDate,
                Set.of());
    }

    /**
     * The size of the content in bytes.
     *
     * @return the size recorded in {@link #content()}
     */
    public long size() {
        return content.size();
    }

    /**
     * The last day the pièce is valid, inclusive, from its type's rule and its expiry date.
     *
     * @return the last valid day, or null if it stays valid
     */
    public @Nullable LocalDate validUntil() {
        return type.validity().validUntil(documentDate, expiryDate);
    }

    /**
     * Whether the pièce can be relied on at a date: not before the document's date, not after
     * {@link #validUntil()}.
     *
     * @param date the date, in Europe/Paris
     * @return true if the pièce is valid on that date
     */
    public boolean isValidOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate until = validUntil();
        return !date.isBefore(documentDate) && (until == null || !date.isAfter(until));
    }

    /**
     * Whether a demande used this pièce.
     *
     * @param demande the demande
     * @return true if it is in {@link #usedBy()}
     */
    public boolean isUsedBy(DemandeId demande) {
        return usedBy.contains(Objects.requireNonNull(demande, "demande"));
    }

    /**
     * A copy that records one more demande using this pièce (no change if it is already recorded).
     *
     * @param demande the demande
     * @return the new pièce
     */
    public PieceJustificative withUsedBy(DemandeId demande) {
        if (isUsedBy(demande)) {
            return this;
        }
        TreeSet<DemandeId> copy = new TreeSet<>(usedBy);
        copy.add(demande);
        return new PieceJustificative(
                id, type, content, fileName, mediaType, suppliedAt, documentDate, expiryDate, copy);
    }

    private static String checkFileName(@Nullable String fileName) {
        if (fileName == null) {
            throw new InvalidDossierException("piece.fileName", "is required");
        }
        String name = fileName.strip();
        if (name.isEmpty() || name.length() > MAX_FILE_NAME_LENGTH) {
            throw new InvalidDossierException(
                    "piece.fileName", "must have 1 to " + MAX_FILE_NAME_LENGTH + " characters");
        }
        if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw new InvalidDossierException("piece.fileName", "must be a plain file name, without a path");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDossierException("piece.fileName", "must not contain control characters");
        }
        return name;
    }

    private static String checkMediaType(@Nullable String mediaType) {
        if (mediaType == null) {
            throw new InvalidDossierException("piece.mediaType", "is required");
        }
        String normalised = mediaType.strip().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(normalised).matches()) {
            throw new InvalidDossierException(
                    "piece.mediaType", "must be a media type such as application/pdf, without parameters");
        }
        return normalised;
    }
}
