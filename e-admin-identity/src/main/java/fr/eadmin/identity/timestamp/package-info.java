/**
 * RFC 3161 timestamps: an embedded time-stamping authority, a client for an external one over HTTP behind
 * a transport interface, and the {@link fr.eadmin.core.spi.Timestamper} that issues and verifies tokens.
 */
@NullMarked
package fr.eadmin.identity.timestamp;

import org.jspecify.annotations.NullMarked;
