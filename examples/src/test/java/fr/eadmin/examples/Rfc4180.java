package fr.eadmin.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of RFC 4180 CSV, written here so that the open-data files are checked by code that shares
 * nothing with the writer: comma-separated fields, double-quoted fields may hold commas, quotes (doubled) and
 * line breaks, records end with CRLF (a bare LF is accepted), a quote inside an unquoted field is an error.
 */
final class Rfc4180 {
    private Rfc4180() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean atFieldStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atFieldStart && c == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unterminated quoted field at record " + (rows.size() + 1));
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new IllegalArgumentException("text after a closing quote at record " + (rows.size() + 1));
                }
                atFieldStart = false;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                        throw new IllegalArgumentException("a CR not followed by LF at record " + (rows.size() + 1));
                    }
                    i++;
                }
                i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                atFieldStart = true;
            } else if (c == '"') {
                throw new IllegalArgumentException("a quote inside an unquoted field at record " + (rows.size() + 1));
            } else {
                field.append(c);
                atFieldStart = false;
                i++;
            }
        }
        if (!atFieldStart || !row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
