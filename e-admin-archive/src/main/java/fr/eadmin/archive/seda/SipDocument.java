package fr.eadmin.archive.seda;

import java.util.Objects;

/**
 * One document of a dossier: an archive unit of level {@code Item} with its binary data object.
 *
 * @param title the title of the document
 * @param filename the original file name (kept in {@code FileInfo/Filename}; the path in the package is
 *     derived from it)
 * @param content where its bytes come from
 */
public record SipDocument(String title, String filename, ContentSource content) {
    /** Checks the values. */
    public SipDocument {
        Text.requireToken(title, "title");
        Text.requireToken(filename, "filename");
        Objects.requireNonNull(content, "content");
    }
}
