/** Implementation of the forms module: checking and compiling definitions, evaluating conditions. */
@NullMarked
package fr.eadmin.forms.internal;

import org.jspecify.annotations.NullMarked;
