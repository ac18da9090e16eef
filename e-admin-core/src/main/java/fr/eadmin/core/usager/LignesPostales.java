package fr.eadmin.core.usager;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Prints an {@link Adresse} as the lines of norme AFNOR NF Z10-011. */
final class LignesPostales {
    private static final int MAX = Adresse.MAX_LINE_LENGTH;

    /** Abbreviations of the types of voie, applied to the start of the voie only. */
    private static final Map<String, String> TYPES_VOIE = orderedMap(
            "ZONE INDUSTRIELLE", "ZI",
            "ZONE ARTISANALE", "ZA",
            "ROND POINT", "RPT",
            "GRANDE RUE", "GR",
            "LIEU DIT", "LD",
            "ALLEE", "ALL",
            "AVENUE", "AV",
            "BOULEVARD", "BD",
            "CARREFOUR", "CAR",
            "CHAUSSEE", "CHS",
            "CHEMIN", "CHE",
            "CORNICHE", "COR",
            "COURS", "CRS",
            "DOMAINE", "DOM",
            "ESPLANADE", "ESP",
            "FAUBOURG", "FG",
            "HAMEAU", "HAM",
            "IMPASSE", "IMP",
            "LOTISSEMENT", "LOT",
            "MONTEE", "MTE",
            "PASSAGE", "PAS",
            "PLACE", "PL",
            "PROMENADE", "PROM",
            "QUARTIER", "QUA",
            "RESIDENCE", "RES",
            "ROUTE", "RTE",
            "SENTIER", "SEN",
            "SQUARE", "SQ",
            "TRAVERSE", "TRA");

    /** Abbreviations of words that may appear anywhere in a voie, a lieu-dit or a locality. */
    private static final Map<String, String> MOTS = orderedMap(
            "SAINTE", "STE",
            "SAINT", "ST",
            "GENERAL", "GAL",
            "MARECHAL", "MAL",
            "PRESIDENT", "PDT",
            "DOCTEUR", "DR",
            "COMMANDANT", "CDT",
            "LIEUTENANT", "LT",
            "MONSEIGNEUR", "MGR",
            "GRANDE", "GDE",
            "GRAND", "GD",
            "PETITE", "PTE",
            "PETIT", "PT");

    /** Abbreviations of the indices de répétition (La Poste: B, T, Q, C). */
    private static final Map<String, String> INDICES =
            orderedMap("BIS", "B", "TER", "T", "QUATER", "Q", "QUINQUIES", "C");

    /** Countries whose locality line puts the postal code after the locality (UPU address formats). */
    private static final Set<String> CODE_APRES_LOCALITE = Set.of("GB", "IE", "US", "CA", "AU", "NZ");

    private static final Pattern NOT_POSTAL = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private LignesPostales() {}

    static List<String> of(Adresse adresse, List<String> destinataire) {
        if (destinataire.size() > 2) {
            throw new InvalidUsagerException("destinataire", "must have at most 2 lines");
        }
        if (destinataire.size() == 2 && adresse.pointDeRemise() != null) {
            throw new InvalidUsagerException(
                    "destinataire", "line 2 is taken by the point de remise: give one destinataire line");
        }
        List<String> lines = new ArrayList<>(7);
        for (int i = 0; i < destinataire.size(); i++) {
            lines.add(Texts.requireLine("destinataire[" + i + "]", destinataire.get(i), MAX));
        }
        add(lines, adresse.pointDeRemise());
        add(lines, adresse.complementGeographique());
        if (adresse.enFrance()) {
            france(adresse, lines);
        } else {
            etranger(adresse, lines);
        }
        return List.copyOf(lines);
    }

    private static void france(Adresse adresse, List<String> lines) {
        boolean lieuDitEnVoie = adresse.voie() == null && adresse.numero() != null;
        String voie = lieuDitEnVoie ? adresse.lieuDit() : adresse.voie();
        if (voie != null) {
            add(
                    lines,
                    ligneVoie(adresse.numero(), adresse.indiceRepetition(), postal(voie))
                            .strip());
        }
        String ligne5 = join(
                adresse.serviceDistribution() == null ? null : postal(adresse.serviceDistribution()),
                lieuDitEnVoie || adresse.lieuDit() == null ? null : postal(adresse.lieuDit()));
        if (ligne5 != null) {
            lines.add(fit(ligne5, MOTS, MAX));
        }
        String codePostal = adresse.codePostal();
        String suffixe =
                adresse.cedex() ? (adresse.bureauCedex() == null ? " CEDEX" : " CEDEX " + adresse.bureauCedex()) : "";
        String prefixe = codePostal + " ";
        lines.add((prefixe + fit(postal(adresse.commune()), MOTS, MAX - prefixe.length() - suffixe.length()) + suffixe)
                .strip());
    }

    private static void etranger(Adresse adresse, List<String> lines) {
        String voie = adresse.voie() != null ? adresse.voie() : adresse.numero() != null ? adresse.lieuDit() : null;
        if (voie != null) {
            String numero = adresse.numero() == null
                    ? ""
                    : adresse.numero() + (adresse.indiceRepetition() == null ? "" : " " + adresse.indiceRepetition())
                            + " ";
            lines.add(cut(numero + voie, MAX));
        }
        String ligne5 = join(
                adresse.serviceDistribution(),
                adresse.voie() == null && adresse.numero() != null ? null : adresse.lieuDit());
        if (ligne5 != null) {
            lines.add(cut(ligne5, MAX));
        }
        String localite = adresse.commune().toUpperCase(Locale.ROOT);
        String code = adresse.codePostal();
        if (code == null) {
            lines.add(cut(localite, MAX));
        } else if (CODE_APRES_LOCALITE.contains(adresse.pays())) {
            lines.add(cut(localite, MAX - code.length() - 1) + " " + code);
        } else {
            lines.add(code + " " + cut(localite, MAX - code.length() - 1));
        }
        String pays = Locale.forLanguageTag("und-" + adresse.pays()).getDisplayCountry(Locale.FRENCH);
        lines.add(cut(postal(pays), MAX));
    }

    /** Line 4: number, indice and voie, abbreviated as the norme allows until it fits. */
    private static String ligneVoie(@Nullable Integer numero, @Nullable String indice, String voie) {
        String indicePostal = indice == null ? null : indice.toUpperCase(Locale.ROOT);
        String line = numbered(numero, indicePostal, voie);
        if (line.length() <= MAX) {
            return line;
        }
        voie = abbreviateStart(voie, TYPES_VOIE);
        line = numbered(numero, indicePostal, voie);
        if (line.length() <= MAX) {
            return line;
        }
        if (indicePostal != null) {
            indicePostal = INDICES.getOrDefault(indicePostal, indicePostal);
        }
        String prefix = numbered(numero, indicePostal, "");
        return prefix + fit(voie, MOTS, MAX - prefix.length());
    }

    private static String numbered(@Nullable Integer numero, @Nullable String indice, String voie) {
        StringBuilder line = new StringBuilder();
        if (numero != null) {
            line.append(numero).append(' ');
            if (indice != null) {
                line.append(indice).append(' ');
            }
        }
        return line.append(voie).toString();
    }

    /** Abbreviates the given words, one after the other, until the text fits; then cuts it. */
    private static String fit(String text, Map<String, String> words, int max) {
        if (text.length() <= max) {
            return text;
        }
        String shorter = text;
        for (Map.Entry<String, String> word : words.entrySet()) {
            shorter = replaceWord(shorter, word.getKey(), word.getValue());
            if (shorter.length() <= max) {
                return shorter;
            }
        }
        return cut(shorter, max);
    }

    private static String abbreviateStart(String voie, Map<String, String> types) {
        for (Map.Entry<String, String> type : types.entrySet()) {
            String key = type.getKey();
            if (voie.equals(key)) {
                return type.getValue();
            }
            if (voie.startsWith(key + " ")) {
                return type.getValue() + voie.substring(key.length());
            }
        }
        return voie;
    }

    private static String replaceWord(String text, String word, String abbreviation) {
        Matcher matcher =
                Pattern.compile("(?<![A-Z0-9])" + word + "(?![A-Z0-9])").matcher(text);
        return matcher.replaceAll(abbreviation);
    }

    /** Cuts a text to at most {@code max} characters, at the last space that keeps a word whole if any. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        int space = text.lastIndexOf(' ', max);
        String cut = space > 0 ? text.substring(0, space) : text.substring(0, max);
        return cut.stripTrailing();
    }

    /**
     * The postal form of a text: upper case, no accents, ligatures spelt out, every other sign replaced by a
     * space, spaces reduced to one.
     */
    static String postal(String text) {
        String spelt = text.replace("Œ", "OE")
                .replace("œ", "oe")
                .replace("Æ", "AE")
                .replace("æ", "ae")
                .replace("ß", "ss");
        String bare =
                MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFD)).replaceAll("");
        return NOT_POSTAL.matcher(bare.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static @Nullable String join(@Nullable String first, @Nullable String second) {
        if (first == null || first.isEmpty()) {
            return second == null || second.isEmpty() ? null : second;
        }
        return second == null || second.isEmpty() ? first : first + " " + second;
    }

    private static void add(List<String> lines, @Nullable String line) {
        if (line != null && !line.isEmpty()) {
            lines.add(line);
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
