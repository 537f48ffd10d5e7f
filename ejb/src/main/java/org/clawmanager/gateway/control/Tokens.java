package org.clawmanager.gateway.control;

/** Token estimate when the provider reports none: about four characters per token (rounded up). */
public final class Tokens {

    private Tokens() {
    }

    public static long estimate(CharSequence text) {
        return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
    }
}
