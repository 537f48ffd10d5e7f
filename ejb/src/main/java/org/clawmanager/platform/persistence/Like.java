package org.clawmanager.platform.persistence;

/**
 * LIKE patterns built from user input, with the input taken literally. The escape character is '!' because a
 * backslash means different things in H2 and MySQL string literals.
 */
public final class Like {

    public static final char ESCAPE = '!';

    private Like() {
    }

    /** Matches values that start with {@code prefix}. */
    public static String prefix(String prefix) {
        return escape(prefix) + "%";
    }

    /** Matches values that contain {@code part}. */
    public static String contains(String part) {
        return "%" + escape(part) + "%";
    }

    static String escape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
