/**
 * Runnable scenarios of real towns, end to end, on the embedded defaults. {@link
 * fr.eadmin.examples.Main} runs them all and writes their artifacts to an output folder.
 */
@NullMarked
package fr.eadmin.examples;

import org.jspecify.annotations.NullMarked;
