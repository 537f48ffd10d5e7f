package org.clawmanager.risk.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho–Corasick automaton over lower-cased UTF-16 text: finds every occurrence of every pattern in one pass, whatever
 * the number of patterns. ASCII transitions are a dense table (the common case costs one array read per character);
 * other characters follow the trie with failure links.
 */
final class KeywordAutomaton {

    /** Called for each occurrence: pattern id and the end (exclusive) of the occurrence. */
    interface Hits {
        void found(int pattern, int end);
    }

    private static final int ASCII = 128;

    private final int[] dense;          // state * 128 + c -> next state (complete DFA for ASCII)
    private final Map<Long, Integer> sparse; // non-ASCII trie edges: state << 32 | c
    private final int[] fail;
    private final int[] depth;
    private final int[][] out;          // pattern ids recognised in a state (own + via suffix links)
    private final int[] lengths;
    private final boolean[] emits;

    KeywordAutomaton(List<String> patterns) {
        List<Map<Character, Integer>> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        children.add(new HashMap<>());
        own.add(new ArrayList<>());
        depths.add(0);
        lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String word = patterns.get(p);
            lengths[p] = word.length();
            int s = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = lower(word.charAt(i));
                Integer next = children.get(s).get(c);
                if (next == null) {
                    next = children.size();
                    children.add(new HashMap<>());
                    own.add(new ArrayList<>());
                    depths.add(depths.get(s) + 1);
                    children.get(s).put(c, next);
                }
                s = next;
            }
            own.get(s).add(p);
        }
        int n = children.size();
        fail = new int[n];
        depth = depths.stream().mapToInt(Integer::intValue).toArray();
        dense = new int[n * ASCII];
        sparse = new HashMap<>();
        out = new int[n][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        out[0] = own.get(0).stream().mapToInt(Integer::intValue).toArray();
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int c = 0; c < ASCII; c++) {
                Integer child = children.get(s).get((char) c);
                dense[s * ASCII + c] = child != null ? child : s == 0 ? 0 : dense[fail[s] * ASCII + c];
            }
            for (Map.Entry<Character, Integer> e : children.get(s).entrySet()) {
                int child = e.getValue();
                char c = e.getKey();
                fail[child] = s == 0 ? 0 : step(fail[s], c, children);
                List<Integer> merged = new ArrayList<>(own.get(child));
                for (int p : out[fail[child]]) {
                    merged.add(p);
                }
                out[child] = merged.stream().mapToInt(Integer::intValue).toArray();
                if (c >= ASCII) {
                    sparse.put(((long) s << 32) | c, child);
                }
                queue.add(child);
            }
        }
        emits = new boolean[n];
        for (int i = 0; i < n; i++) {
            emits[i] = out[i].length > 0;
        }
    }

    /** The goto of a shallower state (its fail link and dense row are already complete in BFS order). */
    private int step(int s, char c, List<Map<Character, Integer>> children) {
        if (c < ASCII) {
            return dense[s * ASCII + c];
        }
        while (true) {
            Integer next = children.get(s).get(c);
            if (next != null) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    int length(int pattern) {
        return lengths[pattern];
    }

    /** Scans {@code text} and returns the depth of the final state: how many trailing characters start a pattern. */
    int scan(char[] text, Hits hits) {
        int s = 0;
        for (int i = 0, n = text.length; i < n; i++) {
            char c = text[i];
            if (c < ASCII) {
                s = dense[s * ASCII + (c >= 'A' && c <= 'Z' ? c + 32 : c)];
            } else {
                s = nonAscii(s, Character.toLowerCase(c));
            }
            if (emits[s]) {
                for (int p : out[s]) {
                    hits.found(p, i + 1);
                }
            }
        }
        return depth[s];
    }

    private int nonAscii(int s, char c) {
        while (true) {
            Integer next = sparse.get(((long) s << 32) | c);
            if (next != null) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    private static char lower(char c) {
        return c < ASCII ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
}
