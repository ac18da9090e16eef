/**
 * A Systempay / PayZen (Lyra) form payment provider: a signed {@code vads_*} form posted by the usager's
 * browser, and instant payment notifications (IPN) verified by their HMAC-SHA-256 signature in constant time.
 */
@NullMarked
package fr.eadmin.payment.systempay;

import org.jspecify.annotations.NullMarked;
