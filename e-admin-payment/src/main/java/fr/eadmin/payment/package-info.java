/**
 * The payment API: amounts in euro cents, the references a payment is started with, and the outcomes a
 * provider reports once its answer has been verified.
 */
@NullMarked
package fr.eadmin.payment;

import org.jspecify.annotations.NullMarked;
