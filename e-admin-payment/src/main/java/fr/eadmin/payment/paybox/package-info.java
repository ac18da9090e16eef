/**
 * A Paybox (Verifone) payment provider: a form signed with HMAC-SHA-512 posted by the usager's browser, and
 * answers (the usager's return and the server-to-server call) verified by the provider's RSA-SHA1 signature.
 */
@NullMarked
package fr.eadmin.payment.paybox;

import org.jspecify.annotations.NullMarked;
