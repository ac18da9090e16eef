/**
 * The public directory of a town's facilities: mairie, salles, équipements sportifs, médiathèque, écoles…, each
 * with its address, position, contact, accessibility and opening hours, and the directory's open-data export.
 *
 * <ul>
 *   <li>{@link fr.eadmin.core.facility.OpeningHours}: weekly time ranges, closure on jours fériés (from a
 *       {@link fr.eadmin.core.calendar.BusinessCalendar}, so Alsace-Moselle closes on its own holidays) and dated
 *       exceptions; answers "is it open at this instant" and "when does it next open" in Europe/Paris, and
 *       reads and writes the OpenStreetMap {@code opening_hours} subset used by French open-data schemas.
 *   <li>{@link fr.eadmin.core.facility.Facility}: one facility of the directory.
 *   <li>{@link fr.eadmin.core.facility.FacilityDirectory}: the directory, exported as CSV (RFC 4180) and JSON.
 * </ul>
 */
@NullMarked
package fr.eadmin.core.facility;

import org.jspecify.annotations.NullMarked;
