package io.bazaar.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/** The secret holding the JWT signing key pair; CloudFormation cannot make an RSA key pair, so it is created empty and filled once by an operator (see README). */
public final class TokenKeys extends Construct {

    private final Secret secret;

    public TokenKeys(Construct scope, String id, StackSettings settings) {
        super(scope, id);
        secret = Secret.Builder.create(this, "Secret")
                .secretName(secretName(settings))
                .description("Bazaar JWT key pair, JSON {\"privateKey\": PKCS#8 PEM, \"publicKey\": X.509 PEM}; put the value after the first deploy")
                // a placeholder, not a secret: CloudFormation leaves the value alone on later deploys while this stays unchanged
                .secretStringValue(SecretValue.unsafePlainText("{\"privateKey\":\"\",\"publicKey\":\"\"}"))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    /** The secret's name, which the README tells operators to fill: {@code bazaar/<stage>/jwt-keys}. */
    public static String secretName(StackSettings settings) {
        return "bazaar/" + settings.stage() + "/jwt-keys";
    }

    public ISecret secret() {
        return secret;
    }
}
