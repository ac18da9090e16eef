package fr.eadmin.archive.seda;

import java.util.Objects;

/**
 * One problem found in a transfer package.
 *
 * @param code what is wrong
 * @param location where: an entry path, a data object id, or {@code manifest.xml:<line>}
 * @param detail a short explanation for the archivist (no content of the documents)
 */
public record SipProblem(SipProblemCode code, String location, String detail) {
    /** Checks the values. */
    public SipProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(detail, "detail");
    }
}
