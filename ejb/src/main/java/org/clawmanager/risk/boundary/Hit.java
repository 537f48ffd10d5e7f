package org.clawmanager.risk.boundary;

/**
 * One rule match. {@code start}/{@code end} index the inspected text; {@code excerpt} is a masked sample safe to
 * store in audit records (never the full secret that matched).
 */
public record Hit(String ruleId, String ruleName, String category, String severity, Action action, int start, int end,
                  String excerpt) {
}
