package io.bazaar.identity.avatar;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.platform.image.ImageType;
import io.bazaar.platform.image.UploadRequest;
import io.bazaar.platform.image.UploadedImages;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Avatars reach S3 straight from the browser, like product images, but with no row per upload: the upload goes to
 * {@code uploads/<account>/<id>} (a key only its account may confirm; a bucket lifecycle rule drops what is never
 * confirmed), and confirming checks size and magic number and copies it to {@code avatars/<account>/<id>}, the
 * public key the profile points at. The previous avatar is deleted.
 */
@ApplicationScoped
public class AvatarService {

    private final AccountRepository accounts;
    private final AvatarStore store;
    private final AvatarConfig config;
    private final Clock clock;

    AvatarService(AccountRepository accounts, AvatarStore store, AvatarConfig config, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    public Uni<AvatarUploadTicket> start(UUID accountId, UploadRequest request) {
        ImageType type = UploadedImages.checkRequest(request, config.maxBytes());
        UUID uploadId = UUID.randomUUID();
        return store.presignUpload(uploadKey(accountId, uploadId), type.contentType(), request.sizeBytes(), config.uploadTtl())
                .map(signed -> new AvatarUploadTicket(uploadId, signed.url().toString(), "PUT",
                        Map.of("Content-Type", type.contentType()), signed.expiration()));
    }

    /** Checks the upload and makes it the avatar; a bad upload is deleted and answers 422, the avatar unchanged. */
    @WithSession
    public Uni<Account> confirm(UUID accountId, UUID uploadId) {
        String publicKey = "avatars/" + accountId + "/" + uploadId;
        return store.publishChecked(uploadKey(accountId, uploadId), publicKey, config.maxBytes())
                .chain(() -> replace(accountId, publicKey));
    }

    @WithSession
    public Uni<Account> remove(UUID accountId) {
        return replace(accountId, null);
    }

    /** The account with its new avatar key, and the key it had before. */
    private record Replaced(Account account, String previousKey) {
    }

    private Uni<Account> replace(UUID accountId, String keyOrNull) {
        return Panache.withTransaction(() -> accounts.findById(accountId).map(account -> {
            if (account == null || !account.maySignIn()) {
                throw ProblemException.notFound("account-not-found", "The account of this token no longer exists.");
            }
            Replaced replaced = new Replaced(account, account.avatarKey);
            account.avatarKey = keyOrNull;
            account.updatedAt = clock.instant();
            return replaced;
        })).chain(r -> r.previousKey() == null || r.previousKey().equals(keyOrNull) ? Uni.createFrom().item(r.account())
                : store.delete(r.previousKey()).replaceWith(r.account()));
    }

    private static String uploadKey(UUID accountId, UUID uploadId) {
        return "uploads/" + accountId + "/" + uploadId;
    }
}
