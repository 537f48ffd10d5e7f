package org.clawmanager.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list plus the total, so a console can show "41–60 of 1,234". Pages count from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }

    /** Clamps what a client asked for to sane bounds. */
    public static int size(Integer requested, int fallback) {
        if (requested == null) {
            return fallback;
        }
        return Math.max(1, Math.min(MAX_SIZE, requested));
    }

    public static int page(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }
}
