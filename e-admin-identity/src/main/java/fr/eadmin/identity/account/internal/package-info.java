/** Implementation of accounts and authentication: the Argon2id primitive and Base32. Not exported. */
@NullMarked
package fr.eadmin.identity.account.internal;

import org.jspecify.annotations.NullMarked;
