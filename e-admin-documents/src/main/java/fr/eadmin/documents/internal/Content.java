package fr.eadmin.documents.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.documents.DocumentKind;
import java.io.IOException;
import java.util.Map;

/**
 * What one document says, independent of how it is assembled: its facts for machines, the few facts its seal
 * carries, and the flow of text for people.
 *
 * @param kind the kind of document
 * @param reference the document's reference
 * @param title the title of the file
 * @param data the facts, embedded as canonical JSON
 * @param sealFacts the key facts a seal carries
 * @param body the text, poured into a page flow
 */
public record Content(
        DocumentKind kind, String reference, String title, ObjectNode data, Map<String, String> sealFacts, Body body) {

    /** Pours a document's text into a page flow. */
    @FunctionalInterface
    public interface Body {
        /**
         * Writes the text.
         *
         * @param flow the flow
         * @throws IOException if PDFBox fails to write
         */
        void writeTo(PageFlow flow) throws IOException;
    }
}
