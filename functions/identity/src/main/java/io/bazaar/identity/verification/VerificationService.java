package io.bazaar.identity.verification;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Real-name verification: a shopper submits a legal name and an identity document; the configured provider (by
 * default a platform admin, see {@link ManualVerificationProvider}) accepts or rejects it. An accepted one marks the
 * account verified, which new access tokens carry as the {@code verified} claim. The number is encrypted before it is
 * stored and is never logged, exported or echoed.
 */
@ApplicationScoped
public class VerificationService {

    private static final Logger LOG = Logger.getLogger(VerificationService.class);

    private final VerificationRepository verifications;
    private final AccountRepository accounts;
    private final DocumentCipher cipher;
    private final VerificationProvider provider;
    private final Clock clock;

    VerificationService(VerificationRepository verifications, AccountRepository accounts, DocumentCipher cipher,
            Instance<VerificationProvider> providers, VerificationConfig config, Clock clock) {
        this.verifications = verifications;
        this.accounts = accounts;
        this.cipher = cipher;
        this.provider = providers.stream().filter(p -> p.name().equals(config.provider())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No verification provider named " + config.provider()));
        this.clock = clock;
    }

    @WithSession
    public Uni<MyVerification> mine(UUID accountId) {
        return accounts.findById(accountId).chain(account -> verifications.latestOf(accountId)
                .map(latest -> new MyVerification(account != null && account.isRealNameVerified(),
                        latest == null ? null : VerificationView.of(latest, false))));
    }

    /** Every submission of the account, newest first (numbers masked), for the data download. */
    @WithSession
    public Uni<java.util.List<VerificationView>> history(UUID accountId) {
        return verifications.allOf(accountId).map(all -> all.stream().map(v -> VerificationView.of(v, false)).toList());
    }

    /** A first submission, or a new one after a rejection; 409 while one waits or after one was accepted. */
    @WithTransaction
    public Uni<VerificationView> submit(UUID accountId, VerificationRequest request) {
        String number = request.documentType().normalise(request.documentNumber()).orElseThrow(() -> ProblemException.invalid(
                new FieldError("documentNumber", "is not a valid " + request.documentType() + " number")));
        String legalName = request.legalName().strip();
        return accounts.findById(accountId).chain(account -> {
            if (account == null || !account.maySignIn()) {
                throw ProblemException.notFound("account-not-found", "The account of this token no longer exists.");
            }
            return verifications.latestOf(accountId).chain(latest -> {
                if (latest != null && latest.status != VerificationStatus.REJECTED) {
                    throw alreadySubmitted(latest.status);
                }
                return provider.check(new VerificationProvider.Submission(accountId, legalName, request.documentType(), number))
                        .chain(decision -> store(account, legalName, request.documentType(), number, decision));
            });
        }).onFailure(DatabaseErrors::isUniqueViolation).transform(e -> alreadySubmitted(VerificationStatus.SUBMITTED));
    }

    private Uni<VerificationView> store(Account account, String legalName, DocumentType type, String number,
            VerificationProvider.Decision decision) {
        DocumentCipher.Sealed sealed = cipher.seal(account.id, number);
        RealNameVerification v = new RealNameVerification();
        v.id = UUID.randomUUID();
        v.accountId = account.id;
        v.legalName = legalName;
        v.documentType = type;
        v.documentCiphertext = sealed.ciphertext();
        v.documentKeyId = sealed.keyId();
        v.documentLast4 = number.substring(number.length() - 4);
        v.status = VerificationStatus.SUBMITTED;
        v.provider = provider.name();
        v.submittedAt = clock.instant();
        if (decision instanceof VerificationProvider.Decision.Verified) {
            accept(account, v, null);
        } else if (decision instanceof VerificationProvider.Decision.Rejected rejected) {
            reject(v, null, rejected.reason());
        }
        LOG.infof("Real-name submission %s of account %s: %s by %s", v.id, account.id, v.status, v.provider);
        return verifications.persist(v).map(saved -> VerificationView.of(saved, false));
    }

    /** The admins' queue, oldest first. */
    @WithSession
    public Uni<Page<VerificationView>> inState(VerificationStatus status, PageRequest request) {
        return verifications.inState(status, request).chain(items -> verifications.countInState(status)
                .map(total -> Page.of(items.stream().map(v -> VerificationView.of(v, true)).toList(), request, total)));
    }

    @WithTransaction
    public Uni<VerificationView> approve(UUID adminId, UUID verificationId) {
        return waiting(verificationId).chain(v -> accounts.findById(v.accountId).map(account -> {
            accept(account, v, adminId);
            LOG.infof("Real-name submission %s approved by %s", v.id, adminId);
            return VerificationView.of(v, true);
        }));
    }

    @WithTransaction
    public Uni<VerificationView> reject(UUID adminId, UUID verificationId, String reason) {
        return waiting(verificationId).map(v -> {
            reject(v, adminId, reason.strip());
            LOG.infof("Real-name submission %s rejected by %s", v.id, adminId);
            return VerificationView.of(v, true);
        });
    }

    private Uni<RealNameVerification> waiting(UUID verificationId) {
        return verifications.findById(verificationId).map(v -> {
            if (v == null) {
                throw ProblemException.notFound("verification-not-found", "There is no such real-name submission.");
            }
            if (v.status != VerificationStatus.SUBMITTED) {
                throw ProblemException.conflict("verification-decided", "This submission was already " + v.status.name().toLowerCase() + ".");
            }
            return v;
        });
    }

    private void accept(Account account, RealNameVerification v, UUID adminOrNull) {
        v.status = VerificationStatus.VERIFIED;
        v.decidedAt = clock.instant();
        v.decidedBy = adminOrNull;
        account.realNameVerifiedAt = v.decidedAt;
        account.updatedAt = v.decidedAt;
    }

    private void reject(RealNameVerification v, UUID adminOrNull, String reason) {
        v.status = VerificationStatus.REJECTED;
        v.rejectionReason = reason;
        v.decidedAt = clock.instant();
        v.decidedBy = adminOrNull;
    }

    private static ProblemException alreadySubmitted(VerificationStatus status) {
        return status == VerificationStatus.VERIFIED
                ? ProblemException.conflict("already-verified", "Your real name is already verified.")
                : ProblemException.conflict("verification-pending", "Your submission is being checked; you can submit again if it is rejected.");
    }
}
