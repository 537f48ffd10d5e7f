package org.clawmanager.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.clawmanager.identity.control.Accounts;
import org.clawmanager.identity.control.PasswordHasher;
import org.clawmanager.identity.control.RandomPasswords;
import org.clawmanager.identity.control.UserImporter;

/**
 * CSV import of accounts. Valid rows are created, invalid ones reported with their reason; the report lists every
 * row. Password hashing is deliberately slow, so it runs on all cores before the rows are stored in one transaction.
 */
@Stateless
@RolesAllowed("admin")
public class UserImport {

    @Inject
    UserImporter importer;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Resource
    ManagedExecutorService executor;

    private record Prepared(UserImporter.Candidate candidate, String hash, String generated) {
    }

    public ImportReport importCsv(@NotNull(message = "must contain CSV text") String csv) {
        UserImporter.Parsed parsed = importer.parse(csv);
        List<ImportReport.Row> rows = new ArrayList<>(parsed.rejected());
        List<UserImporter.Candidate> fresh = new ArrayList<>();
        for (UserImporter.Candidate c : parsed.candidates()) {
            if (accounts.exists(c.request().username())) {
                rows.add(ImportReport.Row.rejected(c.line(), c.request().username(), "username is already taken"));
            } else {
                fresh.add(c);
            }
        }
        List<CompletableFuture<Prepared>> hashing = fresh.stream().map(c -> CompletableFuture.supplyAsync(() -> {
            String generated = c.request().password() == null ? RandomPasswords.generate() : null;
            String password = generated != null ? generated : c.request().password();
            return new Prepared(c, hasher.hash(password), generated);
        }, executor)).toList();
        for (CompletableFuture<Prepared> f : hashing) {
            Prepared p = f.join();
            CreatedUser created = accounts.create(p.candidate().request(), p.hash(), p.generated());
            rows.add(ImportReport.Row.imported(p.candidate().line(), created.user().username(), p.generated()));
        }
        rows.sort(Comparator.comparingInt(ImportReport.Row::line));
        int imported = (int) rows.stream().filter(r -> "imported".equals(r.status())).count();
        return new ImportReport(parsed.total(), imported, parsed.total() - imported, rows);
    }
}
