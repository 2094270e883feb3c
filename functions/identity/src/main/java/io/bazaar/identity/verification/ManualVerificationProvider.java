package io.bazaar.identity.verification;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** The default: a platform admin compares the submission with the document and approves or rejects it. */
@ApplicationScoped
public class ManualVerificationProvider implements VerificationProvider {

    public static final String NAME = "manual";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<Decision> check(Submission submission) {
        return Uni.createFrom().item(new Decision.Pending());
    }
}
