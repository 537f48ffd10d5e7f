package org.clawmanager.risk.control;

import java.util.ArrayList;
import java.util.List;
import org.clawmanager.risk.control.Trigger.RunKind;

/** Collects the runs of one {@link RunKind} in a text, in one pass. */
final class Runs {

    /** {@code [start, end)} of a run and the number of key characters in it. */
    record Run(int start, int end, int keys) {
    }

    private Runs() {
    }

    static List<Run> of(RunKind kind, char[] s) {
        return switch (kind) {
            case DIGITS -> digits(s);
            case HEX_COLON -> hexColon(s);
            case COUNTRY_CODE -> countryCodes(s);
        };
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/';
    }

    private static List<Run> digits(char[] s) {
        List<Run> runs = new ArrayList<>();
        int n = s.length;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            int lastDigit = i;
            int keys = 0;
            int seps = 0;
            while (i < n) {
                c = s[i];
                if (c >= '0' && c <= '9') {
                    keys++;
                    lastDigit = i;
                    seps = 0;
                } else if (separator(c) && ++seps <= 2) {
                    // a number may continue after a separator
                } else {
                    break;
                }
                i++;
            }
            runs.add(new Run(start, lastDigit + 1, keys));
        }
        return runs;
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Grows a run around each colon (colons are rare in prose, hex letters are not). */
    private static List<Run> hexColon(char[] s) {
        List<Run> runs = new ArrayList<>();
        int n = s.length;
        int covered = 0;
        for (int i = 0; i < n; i++) {
            if (s[i] != ':' || i < covered) {
                continue;
            }
            int start = i;
            while (start > covered && (hex(s[start - 1]) || s[start - 1] == ':' || s[start - 1] == '.')) {
                start--;
            }
            int end = i;
            int colons = 0;
            while (end < n && (hex(s[end]) || s[end] == ':' || s[end] == '.')) {
                if (s[end] == ':') {
                    colons++;
                }
                end++;
            }
            runs.add(new Run(start, end, colons));
            covered = end;
        }
        return runs;
    }

    private static List<Run> countryCodes(char[] s) {
        List<Run> runs = new ArrayList<>();
        int n = s.length;
        for (int i = 0; i + 1 < n; i++) {
            char c = s[i];
            if (c >= 'A' && c <= 'Z' && (i == 0 || !Character.isLetterOrDigit(s[i - 1]))) {
                char d = s[i + 1];
                if (d >= 'A' && d <= 'Z' && (i + 2 >= n || isDigit(s[i + 2]))
                        && (i + 3 >= n || isDigit(s[i + 3]))) {
                    runs.add(new Run(i, Math.min(n, i + 4), 1));
                }
            }
        }
        return runs;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
