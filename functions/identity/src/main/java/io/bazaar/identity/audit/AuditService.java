package io.bazaar.identity.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.platform.audit.AuditEntry;
import io.bazaar.platform.audit.AuditQuery;
import io.bazaar.platform.audit.StaffAuditLog;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The owner's view of the staff audit log (the platform's {@link StaffAuditLog}), with the staff members' names. */
@ApplicationScoped
public class AuditService {

    private final StaffAuditLog log;
    private final AccountRepository accounts;

    AuditService(StaffAuditLog log, AccountRepository accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    /** Entries from the start of {@code from} to the end of {@code to} (UTC days, both optional), newest first. */
    @WithSession
    public Uni<AuditPage> read(UUID merchantId, UUID staffOrNull, LocalDate from, LocalDate to, String cursor, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid(new FieldError("to", "must not be before from"));
        }
        AuditQuery query = new AuditQuery(staffOrNull, from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), cursor, size);
        return log.read(merchantId, query).chain(slice -> {
            List<UUID> ids = slice.entries().stream().map(AuditEntry::accountId).distinct().toList();
            Uni<Map<UUID, Account>> names = ids.isEmpty() ? Uni.createFrom().item(Map.of())
                    : accounts.list("id in ?1", ids).map(found -> found.stream()
                            .collect(Collectors.toMap(a -> a.id, Function.identity())));
            return names.map(byId -> new AuditPage(slice.entries().stream()
                    .map(e -> AuditEntryView.of(e, nameOf(byId.get(e.accountId()), e.accountId()))).toList(),
                    slice.nextCursor()));
        });
    }

    private static String nameOf(Account account, UUID id) {
        if (account == null) {
            return id.toString();
        }
        if (account.displayName != null && !account.displayName.isBlank()) {
            return account.displayName.strip();
        }
        String login = account.login();
        return login == null ? id.toString() : login;
    }
}
