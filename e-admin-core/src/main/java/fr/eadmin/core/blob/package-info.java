/**
 * Filesystem blob storage: content-addressed by SHA-256, written atomically so that no partial
 * file is ever visible.
 */
@NullMarked
package fr.eadmin.core.blob;

import org.jspecify.annotations.NullMarked;
