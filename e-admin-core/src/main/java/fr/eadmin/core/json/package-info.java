/**
 * JSON mapping of the e-admin core values with Jackson: identifiers as their canonical strings,
 * usagers and dossiers as documents with a type discriminator.
 */
@NullMarked
package fr.eadmin.core.json;

import org.jspecify.annotations.NullMarked;
