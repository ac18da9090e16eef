/**
 * The identity module's shared API: the {@link fr.eadmin.identity.SigningCredential} every signing
 * operation takes, and the exceptions of the module.
 */
@NullMarked
package fr.eadmin.identity;

import org.jspecify.annotations.NullMarked;
