/**
 * The root of e-admin core: the exception hierarchy shared by every e-admin module.
 *
 * <p>Every exception e-admin throws is an unchecked {@link fr.eadmin.core.EAdminException}; its subclasses
 * are named after what went wrong and carry the data a caller needs to react.
 */
@NullMarked
package fr.eadmin.core;

import org.jspecify.annotations.NullMarked;
