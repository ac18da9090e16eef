/**
 * Verifiable seals for paper and screens: {@link fr.eadmin.identity.seal.CompactSealer} implements core's
 * {@link fr.eadmin.core.spi.Sealer} with the town's seal key, {@link fr.eadmin.identity.seal.SealVerifier}
 * verifies a seal offline.
 *
 * <h2>Format, version 1</h2>
 *
 * A third party can verify a seal without e-admin's code. The text in the 2D code is {@code EAS1:} followed
 * by the Base45 encoding (RFC 9285) of these bytes, where a <em>number</em> is an unsigned LEB128 varint
 * (7 bits per byte, least significant group first, high bit set on every byte but the last, minimal) and a
 * <em>text</em> is a number of bytes followed by that many bytes of UTF-8:
 *
 * <ol>
 *   <li>1 byte: the version, {@code 0x01};
 *   <li>8 bytes: the key identifier, the first 8 bytes of the SHA-256 of the DER encoding of the sealing
 *       certificate;
 *   <li>text: the document type ({@code quittance}, {@code accuse-reception}…);
 *   <li>text: the document's id as printed on it;
 *   <li>number: the issue date, in seconds since 1970-01-01T00:00:00Z;
 *   <li>number: how many facts follow; then for each fact, text: its name, text: its value (names unique);
 *   <li>32 bytes: the SHA-256 of the document's machine-readable data;
 *   <li>64 bytes: the ECDSA P-256 signature with SHA-256 of all the bytes above, as r then s, 32 bytes each,
 *       big-endian (the IEEE P1363 form).
 * </ol>
 *
 * Nothing follows the signature. To verify: check the prefix, decode Base45, find the certificate by its
 * key identifier, verify the signature over the bytes before the last 64 with the certificate's public key,
 * and check that the issue date lies within the certificate's validity. The short reference printed next to
 * the code is {@code VS-} and the first 40 bits of the SHA-256 of the decoded bytes in Crockford's base 32
 * ({@code 0123456789ABCDEFGHJKMNPQRSTVWXYZ}), as two groups of four characters: {@code VS-7K3M-Q9XZ}.
 */
@NullMarked
package fr.eadmin.identity.seal;

import org.jspecify.annotations.NullMarked;
