/**
 * The téléservice catalogue: the online procedures a town (or a partner body) offers, each with its owning
 * organisation and service contact, its form, the pièces justificatives it requires, its fee, its committed
 * delay, the rule that applies when the administration stays silent, the channels it accepts and the
 * calendar its delays are counted on.
 *
 * <p>Start with {@link fr.eadmin.core.teleservice.TeleserviceCatalogue}.
 */
@NullMarked
package fr.eadmin.core.teleservice;

import org.jspecify.annotations.NullMarked;
