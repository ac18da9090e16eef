/**
 * The JOSE machinery behind FranceConnect: strict Base64url, compact JWS reading, signing and verifying
 * (ES256 with its raw R||S signature, RS256), JSON Web Keys. Not exported.
 */
@NullMarked
package fr.eadmin.identity.franceconnect.internal;

import org.jspecify.annotations.NullMarked;
