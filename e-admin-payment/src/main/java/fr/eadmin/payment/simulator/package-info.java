/**
 * The embedded payment provider, a simulated bank: the default provider for development, demonstrations and
 * tests, with notifications signed by HMAC-SHA-256 and a status that can be fetched back.
 */
@NullMarked
package fr.eadmin.payment.simulator;

import org.jspecify.annotations.NullMarked;
