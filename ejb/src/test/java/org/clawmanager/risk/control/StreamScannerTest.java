package org.clawmanager.risk.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.StreamInspection.Step;
import org.clawmanager.risk.boundary.Verdict;
import org.junit.jupiter.api.Test;

/** A streamed text gives the same hits and the same redacted output as the whole text, wherever it is split. */
class StreamScannerTest {

    static final RuleSet ALL = DetectorsTest.ALL;

    static final String TEXT = "Hello, mail jane.doe@example.com or call +44 20 7946 0958; card 4111 1111 1111 1111."
            + " key sk-proj-abcdefghijklmnopqrstuvwxyz012345 and the salary of prod-db-01 is in 10.1.2.3 ok"
            + "\nexport DB_PASSWORD=hunter2222\nsee api.pay.svc.cluster.local end";

    record Outcome(String text, List<Hit> hits, Action action) {
    }

    static Outcome stream(String text, int... cuts) {
        StreamScanner s = new StreamScanner(ALL, 2048);
        StringBuilder out = new StringBuilder();
        List<Hit> hits = new ArrayList<>();
        Action action = Action.ALLOW;
        int from = 0;
        for (int cut : cuts) {
            Step step = s.accept(text.substring(from, cut));
            out.append(step.emit());
            hits.addAll(step.hits());
            action = action.strongest(step.action());
            from = cut;
        }
        Step step = s.accept(text.substring(from));
        out.append(step.emit());
        hits.addAll(step.hits());
        Step end = s.finish();
        out.append(end.emit());
        hits.addAll(end.hits());
        return new Outcome(out.toString(), hits, action.strongest(step.action()).strongest(end.action()));
    }

    static List<String> keys(List<Hit> hits) {
        return hits.stream().map(h -> h.ruleId() + "@" + h.start() + "-" + h.end()).sorted().toList();
    }

    @Test
    void splitAtEveryOffsetGivesTheWholeTextResult() {
        Verdict whole = Inspections.inspect(ALL, TEXT);
        assertThat(whole.text()).contains("[REDACTED:EMAIL_ADDRESS]").contains("[REDACTED:BANK_CARD_CONTEXT]")
                .contains("[REDACTED:API_KEY_LIKE]").doesNotContain("jane.doe");
        for (int cut = 0; cut <= TEXT.length(); cut++) {
            Outcome o = stream(TEXT, cut);
            assertThat(o.text()).as("cut at %d", cut).isEqualTo(whole.text());
            assertThat(keys(o.hits())).as("cut at %d", cut).isEqualTo(keys(whole.hits()));
        }
    }

    @Test
    void characterByCharacterGivesTheWholeTextResult() {
        int[] cuts = new int[TEXT.length() - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        Verdict whole = Inspections.inspect(ALL, TEXT);
        Outcome o = stream(TEXT, cuts);
        assertThat(o.text()).isEqualTo(whole.text());
        assertThat(keys(o.hits())).isEqualTo(keys(whole.hits()));
    }

    @Test
    void releasesHarmlessTextWithoutWaitingForTheEnd() {
        StreamScanner s = new StreamScanner(ALL, 2048);
        Step step = s.accept("The weather is fine today and nothing here is sensitive at all, really. ");
        assertThat(step.emit().length()).isGreaterThan(40);
        assertThat(step.action()).isEqualTo(Action.ALLOW);
    }

    @Test
    void neverHoldsBackMoreThanTheLimit() {
        StreamScanner s = new StreamScanner(ALL, 100);
        StringBuilder emitted = new StringBuilder();
        String text = "-----BEGIN RSA PRIVATE KEY" + "x".repeat(1000);
        for (int i = 0; i < text.length(); i += 50) {
            emitted.append(s.accept(text.substring(i, Math.min(text.length(), i + 50))).emit());
            assertThat(i + 50 - emitted.length()).isLessThanOrEqualTo(100 + 50);
        }
    }

    @Test
    void blockCutsTheStreamBeforeTheOffendingText() {
        String text = "here is the key -----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY----- and more";
        for (int cut = 1; cut < text.length(); cut++) {
            Outcome o = stream(text, cut);
            assertThat(o.action()).as("cut at %d", cut).isEqualTo(Action.BLOCK);
            assertThat(o.text()).as("cut at %d", cut).isEqualTo("here is the key ").doesNotContain("BEGIN");
        }
    }

    @Test
    void afterABlockNothingMoreIsReleased() {
        StreamScanner s = new StreamScanner(ALL, 2048);
        s.accept("-----BEGIN EC PRIVATE KEY-----");
        s.finish();
        assertThat(s.accept("more").emit()).isEmpty();
        assertThat(s.accept("more").action()).isEqualTo(Action.BLOCK);
    }

    @Test
    void keywordsSplitAcrossChunksAreFound() {
        Outcome o = stream("what is the sal" + "ary of bob", 15);
        assertThat(o.hits()).extracting(Hit::ruleId).containsExactly("salary_hr_keywords");
        assertThat(o.hits().get(0).start()).isEqualTo(12);
        assertThat(o.action()).isEqualTo(Action.REROUTE);
    }
}
