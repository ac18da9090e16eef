/**
 * Implementation details of e-admin core. Not exported: nothing here is API.
 */
@NullMarked
package fr.eadmin.core.internal;

import org.jspecify.annotations.NullMarked;
