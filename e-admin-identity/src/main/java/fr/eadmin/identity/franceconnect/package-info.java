/**
 * FranceConnect login for a town's portal: OpenID Connect's authorization code flow with the checks
 * FranceConnect asks of a service provider (state, nonce, signed ID token verified against the provider's
 * JWKS, eIDAS level), and the identité pivot mapped to core's {@link fr.eadmin.core.usager.Individu} with
 * every attribute certified {@link fr.eadmin.core.usager.CertificationLevel#FRANCECONNECT}.
 *
 * <p>{@link fr.eadmin.identity.franceconnect.FranceConnectClient} is the entry point; {@link
 * fr.eadmin.identity.franceconnect.local.LocalOpenIdProvider} stands in for FranceConnect in tests and demos.
 */
@NullMarked
package fr.eadmin.identity.franceconnect;

import org.jspecify.annotations.NullMarked;
