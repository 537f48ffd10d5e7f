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

    static List<Run> of(RunKind kind, CharSequence s) {
        return switch (kind) {
            case DIGITS -> digits(s);
            case HEX_COLON -> hexColon(s);
            case COUNTRY_CODE -> countryCodes(s);
        };
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/';
    }

    private static List<Run> digits(CharSequence s) {
        List<Run> runs = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int start = i;
            int lastDigit = i;
            int keys = 0;
            int seps = 0;
            while (i < n) {
                c = s.charAt(i);
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

    private static List<Run> hexColon(CharSequence s) {
        List<Run> runs = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!hex(c) && c != ':') {
                i++;
                continue;
            }
            int start = i;
            int colons = 0;
            while (i < n) {
                c = s.charAt(i);
                if (c == ':') {
                    colons++;
                } else if (!hex(c) && c != '.') {
                    break;
                }
                i++;
            }
            if (colons > 0) {
                runs.add(new Run(start, i, colons));
            }
        }
        return runs;
    }

    private static List<Run> countryCodes(CharSequence s) {
        List<Run> runs = new ArrayList<>();
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                char d = s.charAt(i + 1);
                if (d >= 'A' && d <= 'Z' && (i + 2 >= n || isDigit(s.charAt(i + 2)))
                        && (i + 3 >= n || isDigit(s.charAt(i + 3)))) {
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
