package io.bazaar.identity.verification;

import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * Checks a legal name against an identity document. The manual provider (the default) leaves every submission to a
 * platform admin; a provider that asks a government or commercial service can decide at once instead. Selected by
 * {@code bazaar.identity.verification.provider}; a provider sees the number in clear and must not log or keep it.
 */
public interface VerificationProvider {

    /** What the provider says about a new submission. */
    sealed interface Decision {
        /** Nothing decided yet: a person (or a later callback) decides. */
        record Pending() implements Decision {
        }

        record Verified() implements Decision {
        }

        record Rejected(String reason) implements Decision {
        }
    }

    /** A submission as the provider sees it. */
    record Submission(UUID accountId, String legalName, DocumentType documentType, String documentNumber) {

        @Override
        public String toString() {
            return "Submission[" + accountId + ", " + documentType + "]";
        }
    }

    /** The name configured to select this provider. */
    String name();

    Uni<Decision> check(Submission submission);
}
