package fr.eadmin.forms.lint;

import java.util.List;

/** What a condition folds to: always true, never true, or depending on the answers. */
enum Truth {
    TRUE,
    FALSE,
    UNKNOWN;

    static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    Truth not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    static Truth and(List<Truth> parts) {
        if (parts.contains(FALSE)) {
            return FALSE;
        }
        return parts.stream().allMatch(t -> t == TRUE) ? TRUE : UNKNOWN;
    }

    static Truth or(List<Truth> parts) {
        if (parts.contains(TRUE)) {
            return TRUE;
        }
        return parts.stream().allMatch(t -> t == FALSE) ? FALSE : UNKNOWN;
    }
}
