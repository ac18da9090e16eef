/**
 * CAdES detached signatures (baseline B and T, ETSI EN 319 122-1) over a stream, and their verifier, which
 * answers with a value saying which check failed.
 */
@NullMarked
package fr.eadmin.identity.cades;

import org.jspecify.annotations.NullMarked;
