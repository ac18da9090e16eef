/**
 * French typography shared by every module that writes for people: amounts in euros, dates, times, numbers
 * and sizes, with the no-break spaces French requires, in Europe/Paris, without depending on the JDK's locale
 * data.
 */
@NullMarked
package fr.eadmin.core.format;

import org.jspecify.annotations.NullMarked;
