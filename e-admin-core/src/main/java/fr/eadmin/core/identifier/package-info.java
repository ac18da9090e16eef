/**
 * French and European identifiers as validated values: SIREN, SIRET, RNA, NIR, IBAN, BIC,
 * code postal, code INSEE, telephone number and email address.
 *
 * <p>Each type is a record with {@code parse(String)}, which normalises the input (spaces, dots, case) and
 * throws {@link fr.eadmin.core.identifier.InvalidIdentifierException} saying what is wrong, {@code
 * isValid(String)}, and a canonical {@code toString()}.
 */
@NullMarked
package fr.eadmin.core.identifier;

import org.jspecify.annotations.NullMarked;
