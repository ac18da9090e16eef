/**
 * The usager model: the person or body the administration serves, as a sealed hierarchy
 * ({@code Individu}, {@code Foyer}, {@code Entreprise}, {@code Association}), with certified identity
 * attributes and postal addresses in the structure of the Base Adresse Nationale.
 */
@NullMarked
package fr.eadmin.core.usager;

import org.jspecify.annotations.NullMarked;
