package org.clawmanager.risk.control;

/**
 * Guards administrator-written regular expressions against catastrophic backtracking: Java's regex engine reads the
 * text through {@link CharSequence#charAt}, so counting those reads bounds the work of one scan. A rule that runs out
 * counts as a hit (fail closed) and the scan goes on with the other rules.
 */
record StepBudget(long fixed, long perChar) {

    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("regular expression step budget exceeded", null, false, false);
        }
    }

    CharSequence wrap(CharSequence text) {
        return new Counted(text, fixed + perChar * text.length());
    }

    private static final class Counted implements CharSequence {
        private final CharSequence text;
        private long left;

        Counted(CharSequence text, long budget) {
            this.text = text;
            this.left = budget;
        }

        @Override
        public char charAt(int index) {
            if (--left < 0) {
                throw new Exceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
