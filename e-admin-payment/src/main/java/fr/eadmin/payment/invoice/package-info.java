/** Invoices (factures) for recurring services addressed to a foyer, settled by one payment or several at once. */
@NullMarked
package fr.eadmin.payment.invoice;

import org.jspecify.annotations.NullMarked;
