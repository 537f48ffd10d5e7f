package org.clawmanager.identity.boundary;

import java.util.List;

/** The outcome of a CSV import, row by row. Generated passwords appear here once and nowhere else. */
public record ImportReport(int total, int imported, int rejected, List<Row> rows) {

    public record Row(int line, String username, String status, String reason, String generatedPassword) {
        public static Row imported(int line, String username, String generatedPassword) {
            return new Row(line, username, "imported", null, generatedPassword);
        }

        public static Row rejected(int line, String username, String reason) {
            return new Row(line, username, "rejected", reason, null);
        }
    }
}
