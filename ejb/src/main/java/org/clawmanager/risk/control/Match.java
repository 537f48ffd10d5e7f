package org.clawmanager.risk.control;

/** A span one rule matched; {@code start == end == -1} marks a regex that ran out of its step budget. */
record Match(CompiledRule rule, int start, int end) {

    boolean budgetExceeded() {
        return start < 0;
    }
}
