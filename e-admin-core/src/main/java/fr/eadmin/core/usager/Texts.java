package fr.eadmin.core.usager;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks and normalises the free texts of the usager model. Messages never quote the value. */
final class Texts {
    /** The longest nom or prénom accepted. */
    static final int MAX_NAME_LENGTH = 100;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private Texts() {}

    /**
     * A mandatory single-line text: NFC-normalised, trimmed, inner runs of white space reduced to one space.
     */
    static String requireLine(String field, @Nullable String value, int maxLength) {
        if (value == null) {
            throw new InvalidUsagerException(field, "is required");
        }
        String line = normalise(value);
        if (line.isEmpty()) {
            throw new InvalidUsagerException(field, "must not be blank");
        }
        if (line.length() > maxLength) {
            throw new InvalidUsagerException(
                    field, "must have at most " + maxLength + " characters, got " + line.length());
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new InvalidUsagerException(field, "must not contain control characters");
            }
        }
        return line;
    }

    /** An optional single-line text: null or blank gives null, otherwise as {@link #requireLine}. */
    static @Nullable String optionalLine(String field, @Nullable String value, int maxLength) {
        if (value == null || normalise(value).isEmpty()) {
            return null;
        }
        return requireLine(field, value, maxLength);
    }

    /**
     * A person's nom or prénom: letters of any script with their accents, spaces, apostrophes and hyphens
     * (including the double hyphen of double family names), at least one letter.
     */
    static String requireName(String field, @Nullable String value) {
        String name = requireLine(field, value, MAX_NAME_LENGTH);
        boolean letter = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (!isNameMark(c)) {
                throw new InvalidUsagerException(field, "may contain only letters, spaces, apostrophes and hyphens");
            }
            i += Character.charCount(c);
        }
        if (!letter) {
            throw new InvalidUsagerException(field, "must contain a letter");
        }
        int first = name.codePointAt(0);
        if (first == '-' || first == '\u2010') {
            throw new InvalidUsagerException(field, "must not start with a hyphen");
        }
        return name;
    }

    /** An optional name: null or blank gives null, otherwise as {@link #requireName}. */
    static @Nullable String optionalName(String field, @Nullable String value) {
        if (value == null || normalise(value).isEmpty()) {
            return null;
        }
        return requireName(field, value);
    }

    /** A mandatory, non-empty list of names, each checked by {@link #requireName}. */
    static List<String> requireNames(String field, @Nullable List<String> values, int maxCount) {
        if (values == null) {
            throw new InvalidUsagerException(field, "is required");
        }
        if (values.isEmpty()) {
            throw new InvalidUsagerException(field, "must have at least one entry");
        }
        return names(field, values, maxCount);
    }

    /** A list of names, possibly empty, each checked by {@link #requireName}. */
    static List<String> names(String field, List<String> values, int maxCount) {
        if (values.size() > maxCount) {
            throw new InvalidUsagerException(field, "must have at most " + maxCount + " entries");
        }
        List<String> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            checked.add(requireName(field + "[" + i + "]", values.get(i)));
        }
        return List.copyOf(checked);
    }

    private static boolean isNameMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || c == ' '
                || c == '\''
                || c == '\u2019' // right single quotation mark, the typographic apostrophe
                || c == '\u02BC' // modifier letter apostrophe
                || c == '-'
                || c == '\u2010'; // hyphen
    }

    private static String normalise(String value) {
        return SPACES.matcher(Normalizer.normalize(Objects.requireNonNull(value), Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }
}
