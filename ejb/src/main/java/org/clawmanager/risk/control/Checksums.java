package org.clawmanager.risk.control;

import java.math.BigInteger;

/** Checks that tell a real identifier from a look-alike number. */
final class Checksums {

    private Checksums() {
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Payment card: 13–19 digits, a known issuer range (2–6) and a valid Luhn check digit. */
    static boolean paymentCard(String match) {
        String d = digits(match);
        return d.length() >= 13 && d.length() <= 19 && d.charAt(0) >= '2' && d.charAt(0) <= '6'
                && !d.chars().allMatch(c -> c == d.charAt(0)) && luhn(d);
    }

    /** Chinese resident identity card: ISO 7064 MOD 11-2 check character. */
    static boolean cnResidentId(String match) {
        if (match.length() != 18) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (match.charAt(i) - '0') * weights[i];
        }
        char expected = "10X98765432".charAt(sum % 11);
        return Character.toUpperCase(match.charAt(17)) == expected;
    }

    /** IBAN: known length range and the ISO 13616 mod-97 check. */
    static boolean iban(String match) {
        String s = match.replace(" ", "").toUpperCase();
        if (s.length() < 15 || s.length() > 34) {
            return false;
        }
        String rearranged = s.substring(4) + s.substring(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                numeric.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                numeric.append(c - 'A' + 10);
            } else {
                return false;
            }
        }
        return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** Phone number: 7 to 15 digits (E.164 allows at most 15). */
    static boolean phone(String match) {
        int n = digits(match).length();
        return n >= 7 && n <= 15;
    }

    /** IPv6: eight groups of 1–4 hex digits, or fewer with exactly one "::"; an IPv4 tail counts as two groups. */
    static boolean ipv6(String s) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String body = s;
        int groups = 0;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.') > lastColon) {
            if (!Ipv4.valid(s.substring(lastColon + 1))) {
                return false;
            }
            groups += 2;
            body = s.substring(0, lastColon);
        }
        if (body.isEmpty()) {
            return false;
        }
        String[] parts = body.split(":", -1);
        int nonEmpty = 0;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return false;
            }
            nonEmpty++;
        }
        groups += nonEmpty;
        if (doubleColon >= 0) {
            return groups < 8 && (groups >= 2 || s.equals("::1"));
        }
        return groups == 8 && parts.length == nonEmpty;
    }

    static final class Ipv4 {
        private Ipv4() {
        }

        static boolean valid(String s) {
            String[] parts = s.split("\\.", -1);
            if (parts.length != 4) {
                return false;
            }
            for (String p : parts) {
                if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')
                        || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                    return false;
                }
            }
            return true;
        }
    }
}
