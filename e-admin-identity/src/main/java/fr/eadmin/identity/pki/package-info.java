/**
 * The town as its own certification authority: a root and issuing authorities, certificates for agents,
 * the town's electronic seal and its timestamping unit, revocation and CRLs, PKCS#12 files, and the
 * registry that keeps what was issued.
 */
@NullMarked
package fr.eadmin.identity.pki;

import org.jspecify.annotations.NullMarked;
