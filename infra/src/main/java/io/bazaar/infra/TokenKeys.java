package io.bazaar.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * The JWT keys: the signing key pair, read only by areas that issue tokens, and the public key alone, read by every area
 * to verify them. CloudFormation cannot make an RSA key pair, so both are created empty and filled once by an operator (see README).
 */
public final class TokenKeys extends Construct {

    private final Secret keyPair;
    private final Secret publicKey;

    public TokenKeys(Construct scope, String id, StackSettings settings) {
        super(scope, id);
        // placeholders, not secrets: CloudFormation leaves the values alone on later deploys while these stay unchanged
        keyPair = Secret.Builder.create(this, "Secret")
                .secretName(secretName(settings))
                .description("Bazaar JWT key pair, JSON {\"privateKey\": PKCS#8 PEM, \"publicKey\": X.509 PEM}; put the value after the first deploy")
                .secretStringValue(SecretValue.unsafePlainText("{\"privateKey\":\"\",\"publicKey\":\"\"}"))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        publicKey = Secret.Builder.create(this, "PublicKeySecret")
                .secretName(publicKeySecretName(settings))
                .description("Bazaar JWT public key, JSON {\"publicKey\": X.509 PEM}, the same as in " + secretName(settings)
                        + "; put the value after the first deploy")
                .secretStringValue(SecretValue.unsafePlainText("{\"publicKey\":\"\"}"))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    /** The key pair secret's name, which the README tells operators to fill: {@code bazaar/<stage>/jwt-keys}. */
    public static String secretName(StackSettings settings) {
        return "bazaar/" + settings.stage() + "/jwt-keys";
    }

    /** The public key secret's name, also filled by operators: {@code bazaar/<stage>/jwt-public-key}. */
    public static String publicKeySecretName(StackSettings settings) {
        return "bazaar/" + settings.stage() + "/jwt-public-key";
    }

    /** The key pair (private key included): only for areas that issue tokens. */
    public ISecret secret() {
        return keyPair;
    }

    /** The public key: for every area. */
    public ISecret publicKeySecret() {
        return publicKey;
    }
}
