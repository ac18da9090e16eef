package fr.eadmin.core.identifier;

/** Helpers shared by the identifier properties: edits of one or two characters. */
final class Mutations {
    private Mutations() {}

    static String substitute(String value, int index, char replacement) {
        return value.substring(0, index) + replacement + value.substring(index + 1);
    }

    static String swapAdjacent(String value, int index) {
        char[] chars = value.toCharArray();
        char first = chars[index];
        chars[index] = chars[index + 1];
        chars[index + 1] = first;
        return new String(chars);
    }

    static int digitSum(String digits) {
        int sum = 0;
        for (char c : digits.toCharArray()) {
            sum += c - '0';
        }
        return sum;
    }

    /** Removes what a user may type around and inside an identifier, and upper-cases it. */
    static String compact(String text) {
        return text.strip()
                .replaceAll("[ \\t\\u00A0\\u202F\\u2007.\\-\\u2010\\u2011]", "")
                .toUpperCase(java.util.Locale.ROOT);
    }
}
