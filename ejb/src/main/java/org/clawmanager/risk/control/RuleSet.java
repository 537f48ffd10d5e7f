package org.clawmanager.risk.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.clawmanager.risk.control.Runs.Run;
import org.clawmanager.risk.control.Trigger.Anchors;
import org.clawmanager.risk.control.Trigger.RunKind;

/**
 * An immutable, compiled snapshot of every enabled rule: safe to share between threads, replaced as a whole when
 * rules change. One scan = one Aho–Corasick pass (all keywords and detector anchors), one pass per kind of run,
 * then each detector's regular expression only inside its candidate windows.
 */
public final class RuleSet {

    /** Everything found in a text and, for streams, how far the text is settled. */
    record Scan(List<Match> matches, int safe) {
    }

    /** What an automaton pattern stands for: a keyword of a rule, or an anchor of a rule's trigger. */
    private record Owner(CompiledRule rule, Anchors anchor, boolean wholeWordLeft, boolean wholeWordRight) {
    }

    static final int MAX_MATCHES = 1000;

    private final List<CompiledRule> rules;
    private final KeywordAutomaton automaton;
    private final Owner[] owners;
    private final RunKind[] runKinds;
    private final long version;
    private final int unboundedMatch;
    private final StepBudget budget;

    RuleSet(List<CompiledRule> rules, List<String> words, List<Owner> owners, long version, int unboundedMatch,
            StepBudget budget) {
        this.rules = List.copyOf(rules);
        this.automaton = words.isEmpty() ? null : new KeywordAutomaton(words);
        this.owners = owners.toArray(Owner[]::new);
        this.runKinds = rules.stream().flatMap(r -> r.triggers().stream())
                .filter(t -> t instanceof Trigger.Runs).map(t -> ((Trigger.Runs) t).kind()).distinct()
                .toArray(RunKind[]::new);
        this.version = version;
        this.unboundedMatch = unboundedMatch;
        this.budget = budget;
    }

    static RuleSet of(List<CompiledRule> rules, long version, int unboundedMatch, StepBudget budget) {
        List<String> words = new ArrayList<>();
        List<Owner> owners = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (r.isKeywords()) {
                for (String k : r.def().keywords()) {
                    words.add(k);
                    boolean ww = r.def().wholeWord();
                    owners.add(new Owner(r, null, ww && wordEdge(k.charAt(0)),
                            ww && wordEdge(k.charAt(k.length() - 1))));
                }
            }
            for (Trigger t : r.triggers()) {
                if (t instanceof Anchors a) {
                    for (String lit : a.literals()) {
                        words.add(lit);
                        owners.add(new Owner(r, a, false, false));
                    }
                }
            }
        }
        return new RuleSet(rules, words, owners, version, unboundedMatch, budget);
    }

    public long version() {
        return version;
    }

    public int size() {
        return rules.size();
    }

    List<CompiledRule> rules() {
        return rules;
    }

    private static boolean wordEdge(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    Scan scan(CharSequence text) {
        int n = text.length();
        char[] chars = chars(text);
        List<Match> matches = new ArrayList<>();
        List<List<int[]>> anchorsByRule = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            anchorsByRule.add(null);
        }
        int depth = 0;
        if (automaton != null) {
            depth = automaton.scan(chars, (pattern, end) -> {
                Owner o = owners[pattern];
                int start = end - automaton.length(pattern);
                if (o.anchor() == null) {
                    if ((!o.wholeWordLeft() || start == 0 || !wordChar(chars[start - 1]))
                            && (!o.wholeWordRight() || end == n || !wordChar(chars[end]))
                            && matches.size() < MAX_MATCHES) {
                        matches.add(new Match(o.rule(), start, end));
                    }
                } else if (o.anchor().before().accepts(text, start)) {
                    List<int[]> l = anchorsByRule.get(o.rule().index());
                    if (l == null) {
                        l = new ArrayList<>();
                        anchorsByRule.set(o.rule().index(), l);
                    }
                    l.add(new int[]{start, end});
                }
            });
        }
        Map<RunKind, List<Run>> runs = new EnumMap<>(RunKind.class);
        for (RunKind k : runKinds) {
            runs.put(k, Runs.of(k, chars));
        }
        int safe = n - depth;
        for (CompiledRule r : rules) {
            if (r.isKeywords()) {
                continue;
            }
            List<int[]> anchors = anchorsByRule.get(r.index());
            List<int[]> windows = windows(r, text, anchors, runs, n);
            if (!windows.isEmpty() && matches.size() < MAX_MATCHES) {
                run(r, text, windows, matches);
            }
            safe = Math.min(safe, hold(r, text, anchors, runs, n));
        }
        return new Scan(matches, Math.max(0, safe));
    }

    /** The text as an array: the passes over every character run much faster on it than through CharSequence. */
    private static char[] chars(CharSequence text) {
        if (text instanceof String s) {
            return s.toCharArray();
        }
        char[] c = new char[text.length()];
        if (text instanceof StringBuilder b) {
            b.getChars(0, c.length, c, 0);
        } else {
            for (int i = 0; i < c.length; i++) {
                c[i] = text.charAt(i);
            }
        }
        return c;
    }

    /**
     * Candidate windows of a rule, sorted: {@code {start, end, lastAnchor, exact}}. An exact window belongs to an
     * anchor that starts every match (the pattern is tried only there); other windows of anchors are cut to the token
     * around the anchor where the scope allows, and the search stops once a match has passed the window's last anchor
     * (every match of an anchored detector contains an anchor). Windows of runs are searched whole.
     */
    private List<int[]> windows(CompiledRule r, CharSequence text, List<int[]> anchors, Map<RunKind, List<Run>> runs,
                                int n) {
        List<int[]> w = new ArrayList<>();
        for (Trigger t : r.triggers()) {
            switch (t) {
                case Anchors a -> {
                    if (anchors != null) {
                        for (int[] p : anchors) {
                            int end = Math.min(n, p[1] + a.forward());
                            if (a.back() == 0) {
                                w.add(new int[]{p[0], end, p[0], 1});
                            } else {
                                int from = a.scope().start(text, Math.max(0, p[0] - a.back()), p[0]);
                                w.add(new int[]{from, end, p[0], 0});
                            }
                        }
                    }
                }
                case Trigger.Runs rt -> {
                    for (Run run : runs.get(rt.kind())) {
                        if (run.keys() >= rt.minKeys()) {
                            w.add(new int[]{Math.max(0, run.start() - rt.back()), Math.min(n, run.end() + rt.forward()),
                                    Integer.MAX_VALUE, 0});
                        }
                    }
                }
                case Trigger.Everywhere e -> w.add(new int[]{0, n, Integer.MAX_VALUE, 0});
            }
        }
        if (w.size() < 2) {
            return w;
        }
        w.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>(w.size());
        int[] last = null;
        for (int[] x : w) {
            if (last != null && x[3] == 0 && last[3] == 0 && x[0] <= last[1]) {
                last[1] = Math.max(last[1], x[1]);
                last[2] = Math.max(last[2], x[2]);
            } else {
                last = x;
                merged.add(x);
            }
        }
        return merged;
    }

    private void run(CompiledRule r, CharSequence text, List<int[]> windows, List<Match> out) {
        CharSequence subject = r.budgeted() ? budget.wrap(text) : text;
        Matcher m = r.pattern().matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
        int coveredTo = -1;
        try {
            for (int[] w : windows) {
                if (w[3] == 1 && w[0] < coveredTo) {
                    continue; // an anchor inside a match already found (e.g. "secret" in "client_secret=...")
                }
                m.region(w[0], w[1]);
                if (w[3] == 1) {
                    if (m.lookingAt()) {
                        coveredTo = Math.max(coveredTo, m.end());
                        add(r, m, out);
                    }
                    continue;
                }
                while (out.size() < MAX_MATCHES && m.find()) {
                    add(r, m, out);
                    if (m.end() > w[2]) {
                        break; // past the last anchor: no later start can contain one
                    }
                }
            }
        } catch (StepBudget.Exceeded e) {
            out.add(new Match(r, -1, -1));
        }
    }

    private static void add(CompiledRule r, Matcher m, List<Match> out) {
        if (m.end() == m.start() || !r.validator().test(m.group())) {
            return;
        }
        int start = m.start();
        int end = m.end();
        for (String g : r.redactGroups()) {
            if (m.start(g) >= 0) {
                start = m.start(g);
                end = m.end(g);
                break;
            }
        }
        if (!out.isEmpty() && sameAsLast(out, r, start, end)) {
            return;
        }
        out.add(new Match(r, start, end));
    }

    private static boolean sameAsLast(List<Match> out, CompiledRule r, int start, int end) {
        Match last = out.get(out.size() - 1);
        return last.rule() == r && last.start() == start && last.end() == end;
    }

    /** The earliest position at which a match of this rule may still begin once more text arrives. */
    private int hold(CompiledRule r, CharSequence text, List<int[]> anchors, Map<RunKind, List<Run>> runs, int n) {
        int hold = n;
        for (Trigger t : r.triggers()) {
            switch (t) {
                case Anchors a -> {
                    int from = Math.max(0, n - a.back() - Math.max(0, a.longestLiteral() - 1));
                    int h = a.scope().start(text, from, n);
                    if (anchors != null) {
                        for (int[] p : anchors) {
                            if (p[1] + a.forward() >= n) {
                                h = Math.min(h, a.scope().start(text, Math.max(0, p[0] - a.back()), p[0]));
                                break;
                            }
                        }
                    }
                    hold = Math.min(hold, h);
                }
                case Trigger.Runs rt -> {
                    int h = n - rt.back();
                    List<Run> l = runs.get(rt.kind());
                    if (!l.isEmpty()) {
                        Run last = l.get(l.size() - 1);
                        if (last.end() + Math.max(rt.forward(), 3) >= n) {
                            h = Math.min(h, last.start() - rt.back());
                        }
                    }
                    hold = Math.min(hold, h);
                }
                case Trigger.Everywhere e -> hold = Math.min(hold, n - Math.min(r.maxLength(), unboundedMatch));
            }
        }
        return hold;
    }
}
