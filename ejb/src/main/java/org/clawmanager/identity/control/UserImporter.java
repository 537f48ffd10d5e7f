package org.clawmanager.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clawmanager.identity.boundary.CreateUserRequest;
import org.clawmanager.identity.boundary.ImportReport;
import org.clawmanager.identity.boundary.QuotaRequest;
import org.clawmanager.platform.errors.InvalidInputException;

/**
 * Reads a user CSV into validated requests. The header names the columns (any order, case and '_'/'-' ignored;
 * ClawManager's column names are accepted too). Each bad row is rejected with its reason; good rows go on.
 */
@ApplicationScoped
public class UserImporter {

    public static final int MAX_ROWS = 1000;

    /** A row that passed validation, ready to be created. */
    public record Candidate(int line, CreateUserRequest request) {
    }

    public record Parsed(List<Candidate> candidates, List<ImportReport.Row> rejected, int total) {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("username", "username"), Map.entry("user", "username"), Map.entry("email", "email"),
            Map.entry("displayname", "displayName"), Map.entry("name", "displayName"), Map.entry("role", "role"),
            Map.entry("password", "password"), Map.entry("maxinstances", "maxInstances"),
            Map.entry("maxcpucores", "maxCpuCores"), Map.entry("maxmemorygib", "maxMemoryGiB"),
            Map.entry("maxmemorygb", "maxMemoryGiB"), Map.entry("maxstoragegib", "maxStorageGiB"),
            Map.entry("maxstoragegb", "maxStorageGiB"), Map.entry("maxgpus", "maxGpus"),
            Map.entry("maxgpucount", "maxGpus"));
    private static final List<String> QUOTA_COLUMNS =
            List.of("maxInstances", "maxCpuCores", "maxMemoryGiB", "maxStorageGiB", "maxGpus");

    @Inject
    Validator validator;

    @Inject
    QuotaDefaults defaults;

    public Parsed parse(String csv) {
        List<CsvParser.Row> rows;
        try {
            rows = CsvParser.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", "is empty; the first line must name the columns");
        }
        Map<Integer, String> columns = header(rows.get(0));
        List<CsvParser.Row> data = rows.subList(1, rows.size());
        if (data.size() > MAX_ROWS) {
            throw new InvalidInputException("file", "has " + data.size() + " rows; at most " + MAX_ROWS + " per import");
        }
        List<Candidate> ok = new ArrayList<>();
        List<ImportReport.Row> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvParser.Row row : data) {
            Map<String, String> v = values(columns, row);
            String username = v.getOrDefault("username", "").trim().toLowerCase(Locale.ROOT);
            String problem = row.fields().size() > columns.size() && !trailingEmpty(row, columns.size())
                    ? "has more fields than the header" : null;
            CreateUserRequest request = null;
            if (problem == null) {
                try {
                    request = toRequest(username, v);
                    problem = violations(request);
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            if (problem == null && !seen.add(username)) {
                problem = "username appears more than once in the file";
            }
            if (problem != null) {
                rejected.add(ImportReport.Row.rejected(row.line(), username, problem));
            } else {
                ok.add(new Candidate(row.line(), request));
            }
        }
        return new Parsed(ok, rejected, data.size());
    }

    private static boolean trailingEmpty(CsvParser.Row row, int from) {
        return row.fields().subList(from, row.fields().size()).stream().allMatch(String::isBlank);
    }

    private static Map<Integer, String> header(CsvParser.Row header) {
        Map<Integer, String> columns = new HashMap<>();
        Set<String> unknown = new HashSet<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String key = header.fields().get(i).trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
            String column = ALIASES.get(key);
            if (column == null) {
                if (!key.isEmpty()) {
                    unknown.add(header.fields().get(i).trim());
                }
            } else {
                columns.put(i, column);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("header", "unknown columns " + unknown + "; known: username, email, "
                    + "displayName, role, password, maxInstances, maxCpuCores, maxMemoryGiB, maxStorageGiB, maxGpus");
        }
        if (!columns.containsValue("username")) {
            throw new InvalidInputException("header", "must contain a username column");
        }
        return columns;
    }

    private static Map<String, String> values(Map<Integer, String> columns, CsvParser.Row row) {
        Map<String, String> v = new HashMap<>();
        columns.forEach((index, name) -> {
            if (index < row.fields().size() && !row.fields().get(index).isBlank()) {
                v.put(name, row.fields().get(index).trim());
            }
        });
        return v;
    }

    private CreateUserRequest toRequest(String username, Map<String, String> v) {
        String role = v.getOrDefault("role", "user").toLowerCase(Locale.ROOT);
        QuotaRequest quota = null;
        if (QUOTA_COLUMNS.stream().anyMatch(v::containsKey)) {
            var base = defaults.forRole(org.clawmanager.identity.entity.Role.parse(role)
                    .orElse(org.clawmanager.identity.entity.Role.USER));
            quota = new QuotaRequest(
                    integer(v, "maxInstances", base.maxInstances()),
                    v.containsKey("maxCpuCores") ? decimal(v.get("maxCpuCores"), "maxCpuCores")
                            : BigDecimal.valueOf(base.maxCpuMillicores(), 3),
                    integer(v, "maxMemoryGiB", base.maxMemoryGib()),
                    integer(v, "maxStorageGiB", base.maxStorageGib()),
                    integer(v, "maxGpus", base.maxGpus()));
        }
        return new CreateUserRequest(username, v.get("email"), v.get("displayName"), role, v.get("password"), quota);
    }

    private static Integer integer(Map<String, String> v, String column, int fallback) {
        String s = v.get(column);
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a whole number");
        }
    }

    private static BigDecimal decimal(String s, String column) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a number");
        }
    }

    private String violations(CreateUserRequest request) {
        List<String> problems = new ArrayList<>();
        validator.validate(request).forEach(cv -> problems.add(cv.getPropertyPath() + " " + cv.getMessage()));
        if (request.quota() != null) {
            validator.validate(request.quota()).forEach(cv -> problems.add(cv.getPropertyPath() + " " + cv.getMessage()));
        }
        if (problems.isEmpty() && request.password() != null) {
            String weakness = PasswordHasher.checkStrength(request.password());
            if (weakness != null) {
                problems.add("password " + weakness);
            }
        }
        return problems.isEmpty() ? null : problems.stream().sorted().collect(Collectors.joining("; "));
    }
}
