/**
 * What the FranceConnect client needs from its surroundings: an HTTP client to reach the provider (the JDK's
 * by default, the local provider in tests) and a store of pending logins that consumes each one once.
 */
@NullMarked
package fr.eadmin.identity.franceconnect.spi;

import org.jspecify.annotations.NullMarked;
