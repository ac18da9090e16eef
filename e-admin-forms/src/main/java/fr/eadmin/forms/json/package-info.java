/**
 * Reading form definitions from JSON, with errors that name the path of the faulty property
 * ({@code pages[1].nodes[3].type}).
 */
@NullMarked
package fr.eadmin.forms.json;

import org.jspecify.annotations.NullMarked;
