/**
 * Receipts (quittances) of the régies, numbered without gaps per régie and per year, and rendered as PDF
 * through {@code e-admin-documents}.
 */
@NullMarked
package fr.eadmin.payment.receipt;

import org.jspecify.annotations.NullMarked;
