package fr.eadmin.documents;

import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.spi.SealRequest;
import fr.eadmin.core.spi.Sealer;
import fr.eadmin.core.spi.VisibleSeal;
import fr.eadmin.documents.internal.CanonicalJson;
import fr.eadmin.documents.internal.Content;
import fr.eadmin.documents.internal.Contents;
import fr.eadmin.documents.internal.Letterhead;
import fr.eadmin.documents.internal.PageFlow;
import fr.eadmin.documents.internal.PdfAssembly;
import fr.eadmin.documents.internal.QrSymbol;
import fr.eadmin.documents.internal.SharedFont;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces a town's official documents as PDF/A-3b files: tagged, in embedded fonts, with the town's letterhead,
 * their facts embedded as canonical JSON, and, when a {@link Sealer} is given, a verifiable seal printed as a QR
 * code.
 *
 * <p>Create one renderer per town and keep it: it reads the fonts and the logo once and is thread-safe, so it
 * serves any number of documents from any number of threads. The font is prepared once per process and
 * embedded whole, from bytes compressed once.
 *
 * {@snippet :
 * DocumentRenderer renderer = DocumentRenderer.create(
 *         TownIdentity.of("Mairie de Montreuil-sur-Loir", List.of("1 place de la Mairie", "49140 Montreuil-sur-Loir"),
 *                 "02 41 00 00 00 · mairie@montreuil-sur-loir.fr"),
 *         Clock.system(FrenchFormats.PARIS),
 *         sealer);                                       // or create(town, clock) for no seal
 * RenderedDocument ar = renderer.accuseReception(AccuseReception.of(demande, teleservice));
 * BlobRef stored = blobStore.put(new ByteArrayInputStream(ar.pdf()));
 * }
 */
public final class DocumentRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentRenderer.class);

    private final TownIdentity town;
    private final Letterhead letterhead;
    private final Clock clock;
    private final @Nullable Sealer sealer;
    private final SharedFont fonts;

    private DocumentRenderer(TownIdentity town, Clock clock, @Nullable Sealer sealer) {
        this.town = town;
        this.clock = clock;
        this.sealer = sealer;
        this.fonts = SharedFont.dejaVu();
        List<String> lines = new ArrayList<>(town.addressLines());
        if (!town.contact().isEmpty()) {
            lines.add(town.contact());
        }
        Logo logo = town.logo();
        AccentColor accent = town.accent();
        this.letterhead = new Letterhead(
                town.name(),
                lines,
                logo == null ? null : logo.image(),
                logo != null && logo.isJpeg() ? logo.rawBytes() : null,
                new float[] {accent.red() / 255f, accent.green() / 255f, accent.blue() / 255f});
        try (PDDocument doc = new PDDocument()) {
            PageFlow flow = new PageFlow(doc, fonts, letterhead, "-");
            flow.check(town.name());
        } catch (IOException e) {
            throw new DocumentRenderingException("loading the fonts", e);
        }
    }

    /**
     * A renderer without seal.
     *
     * @param town the letterhead
     * @param clock the clock that dates the documents
     * @return the renderer
     * @throws UnsupportedCharacterException if the letterhead holds a character the fonts cannot show
     */
    public static DocumentRenderer create(TownIdentity town, Clock clock) {
        return new DocumentRenderer(Objects.requireNonNull(town, "town"), Objects.requireNonNull(clock, "clock"), null);
    }

    /**
     * A renderer that seals every document.
     *
     * @param town the letterhead
     * @param clock the clock that dates the documents
     * @param sealer the sealer whose seal is printed as a QR code on every document
     * @return the renderer
     * @throws UnsupportedCharacterException if the letterhead holds a character the fonts cannot show
     */
    public static DocumentRenderer create(TownIdentity town, Clock clock, Sealer sealer) {
        return new DocumentRenderer(
                Objects.requireNonNull(town, "town"),
                Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(sealer, "sealer"));
    }

    /**
     * The town whose documents this renderer produces.
     *
     * @return the letterhead
     */
    public TownIdentity town() {
        return town;
    }

    /**
     * The accusé de réception of a demande (CRPA L112-3, R112-5).
     *
     * @param accuseReception what the demandes engine produced at deposit
     * @return the document
     * @throws UnsupportedCharacterException if a text holds a character the fonts cannot show
     */
    public RenderedDocument accuseReception(AccuseReception accuseReception) {
        return render(Contents.accuseReception(Objects.requireNonNull(accuseReception, "accuseReception")));
    }

    /**
     * The récapitulatif of a submitted demande, any number of pages.
     *
     * @param recapitulatif the answers and pièces
     * @return the document
     * @throws UnsupportedCharacterException if a text holds a character the fonts cannot show
     */
    public RenderedDocument recapitulatif(Recapitulatif recapitulatif) {
        return render(Contents.recapitulatif(Objects.requireNonNull(recapitulatif, "recapitulatif")));
    }

    /**
     * The attestation of a decision.
     *
     * @param attestation the decision
     * @return the document
     * @throws UnsupportedCharacterException if a text holds a character the fonts cannot show
     */
    public RenderedDocument attestation(Attestation attestation) {
        return render(Contents.attestation(Objects.requireNonNull(attestation, "attestation")));
    }

    /**
     * A facture.
     *
     * @param facture the invoice
     * @return the document
     * @throws UnsupportedCharacterException if a text holds a character the fonts cannot show
     */
    public RenderedDocument facture(Facture facture) {
        return render(Contents.facture(Objects.requireNonNull(facture, "facture")));
    }

    /**
     * A quittance.
     *
     * @param quittance the receipt
     * @return the document
     * @throws UnsupportedCharacterException if a text holds a character the fonts cannot show
     */
    public RenderedDocument quittance(Quittance quittance) {
        return render(Contents.quittance(Objects.requireNonNull(quittance, "quittance")));
    }

    private RenderedDocument render(Content content) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        content.data().put("type", content.kind().code());
        content.data().put("version", 1);
        content.data().put("reference", content.reference());
        content.data().put("issuedAt", issuedAt.toString());
        content.data().put("issuer", town.name());
        byte[] json = CanonicalJson.write(content.data());
        try (PDDocument doc = new PDDocument()) {
            PdfAssembly.prepare(
                    doc, content.title(), town.name(), content.kind().title(), issuedAt);
            PdfAssembly.embedData(doc, json, "Données du document, pour les logiciels (JSON)", issuedAt);
            PageFlow flow = new PageFlow(doc, fonts, letterhead, content.reference());
            content.body().writeTo(flow);
            VisibleSeal seal = null;
            if (sealer != null) {
                seal = sealer.seal(new SealRequest(
                        content.kind().code(),
                        content.reference(),
                        issuedAt,
                        content.sealFacts(),
                        PdfAssembly.digest("SHA-256", json)));
                flow.seal(QrSymbol.encode(seal.payload()), seal.reference());
            }
            int pages = flow.finish();
            byte[] pdf = PdfAssembly.save(doc);
            LOG.debug("rendered {} {} ({} pages)", content.kind().code(), content.reference(), pages);
            return new RenderedDocument(content.kind(), content.reference(), issuedAt, pdf, json, seal, pages);
        } catch (IOException e) {
            throw new DocumentRenderingException("rendering " + content.kind().code() + " " + content.reference(), e);
        }
    }
}
