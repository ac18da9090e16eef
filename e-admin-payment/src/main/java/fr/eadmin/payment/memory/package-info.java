/** Payment stores kept in memory, for tests and demonstrations. */
@NullMarked
package fr.eadmin.payment.memory;

import org.jspecify.annotations.NullMarked;
