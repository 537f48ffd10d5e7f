package org.clawmanager.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    @Test
    void parsesQuotedFieldsWithCommasQuotesAndNewlines() {
        List<CsvParser.Row> rows = CsvParser.parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",x,\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).fields()).containsExactly("a", "b, c", "say \"hi\"");
        assertThat(rows.get(1).fields()).containsExactly("multi\nline", "x", "");
        assertThat(rows.get(1).line()).isEqualTo(2);
    }

    @Test
    void skipsBlankLinesButKeepsLineNumbers() {
        List<CsvParser.Row> rows = CsvParser.parse("h\n\nfirst\n\n\nsecond");
        assertThat(rows).extracting(CsvParser.Row::line).containsExactly(1, 3, 6);
    }

    @Test
    void stripsAByteOrderMark() {
        assertThat(CsvParser.parse("\uFEFFusername\nbob").get(0).fields()).containsExactly("username");
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        assertThatThrownBy(() -> CsvParser.parse("a\n\"open,b")).hasMessageContaining("line 2");
    }
}
