/** Implementation details of the identity module (Bouncy Castle glue); not exported. */
@NullMarked
package fr.eadmin.identity.internal;

import org.jspecify.annotations.NullMarked;
