package fr.eadmin.identity.franceconnect;

import fr.eadmin.core.identifier.CodeInsee;

/**
 * The names of places FranceConnect gives as codes only: the commune of birth (code INSEE) and the country
 * of birth (INSEE country code {@code 99xxx}). An application with a COG table gives real names; {@link
 * #codesOnly()} writes the codes.
 */
public interface PlaceNames {
    /**
     * The name of a commune.
     *
     * @param commune the code INSEE of the commune at the date of birth
     * @return its name
     */
    String commune(CodeInsee commune);

    /**
     * The name of a country.
     *
     * @param codePays the INSEE code of the country, {@code 99xxx}
     * @return its name
     */
    String pays(String codePays);

    /**
     * Names that are the codes themselves ({@code "commune 69123"}, {@code "pays 99134"}), for applications
     * without a COG table: an agent sees the code and can look it up.
     *
     * @return the names
     */
    static PlaceNames codesOnly() {
        return new PlaceNames() {
            @Override
            public String commune(CodeInsee commune) {
                return "commune " + commune.value();
            }

            @Override
            public String pays(String codePays) {
                return "pays " + codePays;
            }
        };
    }
}
