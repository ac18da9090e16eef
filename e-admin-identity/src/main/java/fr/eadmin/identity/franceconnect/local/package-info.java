/**
 * A local stand-in for FranceConnect: an OpenID provider with its own keys, answering in-process through
 * the client's HTTP SPI, for tests and demos without network.
 */
@NullMarked
package fr.eadmin.identity.franceconnect.local;

import org.jspecify.annotations.NullMarked;
