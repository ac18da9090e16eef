/**
 * The French business calendar and the arithmetic of legal delays: jours fériés of metropolitan France,
 * Alsace-Moselle and the overseas departments, closure days of a town, jours ouvrés and ouvrables, delays in
 * days, weeks, months and years counted as French law counts them, and delays that run with suspensions while
 * a request waits for missing pièces.
 *
 * <p>Start with {@link fr.eadmin.core.calendar.BusinessCalendar}, then {@link fr.eadmin.core.calendar.Delay} and
 * {@link fr.eadmin.core.calendar.RunningDelay}.
 */
@NullMarked
package fr.eadmin.core.calendar;

import org.jspecify.annotations.NullMarked;
