package fr.eadmin.identity.pades;

import fr.eadmin.identity.validation.BaselineLevel;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to sign one PDF: the baseline level, the optional reason and location shown by readers, an optional
 * visible signature, and whether the signature certifies the document.
 *
 * {@snippet :
 * PadesParameters parameters = PadesParameters.level(BaselineLevel.B_LT)
 *         .withReason("Arrêté du maire")
 *         .withLocation("Sceaux")
 *         .withVisibleSignature(VisibleSignature.onPage(1, 360, 40, 200, 60))
 *         .certifying();
 * }
 *
 * @param level the baseline level to reach
 * @param reason why the document is signed, or null
 * @param location where it is signed, or null
 * @param visibleSignature the box to draw, or null for an invisible signature
 * @param certify whether the signature certifies the document (DocMDP, permissions P=2: later form filling
 *     and signatures only); only the first signature of a document may certify
 */
public record PadesParameters(
        BaselineLevel level,
        @Nullable String reason,
        @Nullable String location,
        @Nullable VisibleSignature visibleSignature,
        boolean certify) {
    /** Checks the values. */
    public PadesParameters {
        Objects.requireNonNull(level, "level");
    }

    /**
     * An invisible, non-certifying signature of a level.
     *
     * @param level the level
     * @return the parameters
     */
    public static PadesParameters level(BaselineLevel level) {
        return new PadesParameters(level, null, null, null, false);
    }

    /**
     * The same parameters with a reason.
     *
     * @param signingReason why the document is signed
     * @return the parameters
     */
    public PadesParameters withReason(String signingReason) {
        return new PadesParameters(
                level, Objects.requireNonNull(signingReason, "signingReason"), location, visibleSignature, certify);
    }

    /**
     * The same parameters with a location.
     *
     * @param signingLocation where the document is signed
     * @return the parameters
     */
    public PadesParameters withLocation(String signingLocation) {
        return new PadesParameters(
                level, reason, Objects.requireNonNull(signingLocation, "signingLocation"), visibleSignature, certify);
    }

    /**
     * The same parameters with a visible signature.
     *
     * @param box where the signature shows
     * @return the parameters
     */
    public PadesParameters withVisibleSignature(VisibleSignature box) {
        return new PadesParameters(level, reason, location, Objects.requireNonNull(box, "box"), certify);
    }

    /**
     * The same parameters, certifying the document (for the town's seal on a document it issues).
     *
     * @return the parameters
     */
    public PadesParameters certifying() {
        return new PadesParameters(level, reason, location, visibleSignature, true);
    }

    /**
     * The visible signature, if any.
     *
     * @return the box
     */
    public Optional<VisibleSignature> visible() {
        return Optional.ofNullable(visibleSignature);
    }
}
