package fr.eadmin.examples;

import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.payment.receipt.Receipt;
import fr.eadmin.payment.receipt.Regie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** Renders the quittance of a receipt to PDF in a scenario's folder and records it as an artifact. */
final class Quittances {
    private Quittances() {}

    /**
     * Writes a receipt's quittance.
     *
     * @param context the scenario's context
     * @param scenario the scenario's name, for the index
     * @param town the town issuing it
     * @param clock the clock of the story
     * @param regie the régie that issued the receipt
     * @param receipt the receipt
     * @param invoiceNumber the invoice it settles, if any
     * @return the PDF written
     * @throws IOException if it cannot be written
     */
    static Path write(
            ScenarioContext context,
            String scenario,
            TownIdentity town,
            Clock clock,
            Regie regie,
            Receipt receipt,
            @Nullable String invoiceNumber)
            throws IOException {
        byte[] pdf = DocumentRenderer.create(town, clock)
                .quittance(receipt.quittance(regie, invoiceNumber))
                .pdf();
        Path file = context.file("quittance-" + receipt.regie() + "-" + receipt.number() + ".pdf");
        Files.write(file, pdf);
        context.index().add(scenario, ArtifactKind.PDF, file);
        return file;
    }
}
