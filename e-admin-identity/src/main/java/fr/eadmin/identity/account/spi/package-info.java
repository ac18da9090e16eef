/** The stores that keep accounts and single-use tokens, implemented in memory or by the application. */
@NullMarked
package fr.eadmin.identity.account.spi;

import org.jspecify.annotations.NullMarked;
