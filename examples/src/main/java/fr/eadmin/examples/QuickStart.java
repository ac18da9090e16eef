package fr.eadmin.examples;

import fr.eadmin.core.identifier.Iban;
import fr.eadmin.core.identifier.InvalidIdentifierException;
import fr.eadmin.core.identifier.Nir;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.identifier.Telephone;

/** The README's one-minute example: French identifiers, parsed, checked and printed canonically. */
public final class QuickStart {
    private QuickStart() {}

    /**
     * Prints a few identifiers in their canonical and human forms, and why a mistyped one is refused.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        // @start region="identifiers"
        Siret siret = Siret.parse("732 829 320 00074"); // spaces, dots and case are normalised
        System.out.println(siret + " belongs to SIREN " + siret.siren());

        Telephone mobile = Telephone.parse("0690 12 34 56"); // Guadeloupe: +590, not +33
        System.out.println(mobile + " (" + mobile.national() + ")");

        Iban iban = Iban.parse("fr76 3000 6000 0112 3456 7890 189");
        System.out.println(iban.formatted() + ", shown as " + iban.masked());

        try {
            Nir.parse("2 84 05 69 123 456 00"); // wrong key
        } catch (InvalidIdentifierException e) {
            System.out.println("refused: " + e.getMessage()); // says what is wrong, never echoes the NIR
        }
        // @end
    }
}
