package fr.eadmin.core.usager;

import fr.eadmin.core.identifier.CodeInsee;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where an {@link Individu} was born: a commune in France (including the départements and collectivités
 * d'outre-mer), identified by its code officiel géographique, or a country abroad, identified by the INSEE
 * code of the country.
 */
public sealed interface LieuNaissance permits LieuNaissance.EnFrance, LieuNaissance.AEtranger {
    /**
     * A short label for a display, such as {@code "Lyon"} or {@code "Madrid (Espagne)"}.
     *
     * @return the label
     */
    String libelleComplet();

    /**
     * Born in a French commune.
     *
     * <p>The code is the code INSEE of the commune at the date of birth (communes merge and change code: the
     * état civil and FranceConnect keep the code of the day of birth).
     *
     * @param commune the code INSEE of the commune of birth ({@link CodeInsee} refuses the {@code 99xxx}
     *     country codes)
     * @param libelle the name of the commune, as written in the acte de naissance
     */
    record EnFrance(CodeInsee commune, String libelle) implements LieuNaissance {
        /**
         * Checks the values.
         *
         * @throws InvalidUsagerException if the label is blank or too long
         */
        public EnFrance {
            Objects.requireNonNull(commune, "commune");
            libelle = Texts.requireLine("lieuNaissance.libelle", libelle, 100);
        }

        @Override
        public String libelleComplet() {
            return libelle;
        }
    }

    /**
     * Born abroad.
     *
     * <p>The country is identified by its code in the code officiel géographique (COG) of INSEE: five
     * digits, {@code 99} then three digits whose first gives the continent (1 Europe, 2 Asia, 3 Africa,
     * 4 Americas, 5 Oceania), such as {@code 99109} for Germany, {@code 99134} for Spain or {@code 99350}
     * for Morocco. {@code 99100} designates France itself and is refused here. This is the code FranceConnect
     * gives as the {@code birthcountry} of the identité pivot.
     *
     * @param codePaysInsee the INSEE code of the country, {@code 99xxx}
     * @param pays the name of the country, as written in the acte de naissance
     * @param ville the town of birth abroad, if known
     */
    record AEtranger(
            String codePaysInsee, String pays, @Nullable String ville) implements LieuNaissance {
        /** The INSEE code of France itself, which is not a place abroad. */
        public static final String CODE_FRANCE = "99100";

        private static final Pattern CODE_PAYS = Pattern.compile("99[1-5][0-9]{2}");

        /**
         * Checks the values.
         *
         * @throws InvalidUsagerException if the code is not a {@code 99xxx} country code, is France's, or a
         *     name is blank or too long
         */
        public AEtranger {
            Objects.requireNonNull(codePaysInsee, "codePaysInsee");
            codePaysInsee = codePaysInsee.strip();
            if (!CODE_PAYS.matcher(codePaysInsee).matches()) {
                throw new InvalidUsagerException(
                        "lieuNaissance.codePaysInsee",
                        "must be an INSEE country code: 99 then 3 digits, the first from 1 to 5");
            }
            if (codePaysInsee.equals(CODE_FRANCE)) {
                throw new InvalidUsagerException(
                        "lieuNaissance.codePaysInsee", "99100 is France: use EnFrance with the commune");
            }
            pays = Texts.requireLine("lieuNaissance.pays", pays, 100);
            ville = Texts.optionalLine("lieuNaissance.ville", ville, 100);
        }

        @Override
        public String libelleComplet() {
            return ville == null ? pays : ville + " (" + pays + ")";
        }
    }
}
