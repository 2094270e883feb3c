package io.bazaar.platform.config;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Turns the Secrets Manager secrets that infra names in {@code BAZAAR_*_SECRET_ARN} variables (database credentials,
 * JWT keys, payment webhook secret, real-name document keys) into configuration at start-up, so that no secret ever sits in an environment variable.
 */
public class SecretsConfigSourceFactory implements ConfigSourceFactory {

    static final String SOURCE_NAME = "aws-secrets-manager";
    /** Above application.properties (250), below env vars (300) and system properties (400): operators can override. */
    static final int ORDINAL = 275;

    static final String DB_SECRET_ARN = "bazaar.db-secret-arn";
    static final String JWT_SECRET_ARN = "bazaar.jwt-secret-arn";
    static final String JWT_PUBLIC_KEY_SECRET_ARN = "bazaar.jwt-public-key-secret-arn";
    static final String PAYMENTS_SECRET_ARN = "bazaar.payments-secret-arn";
    static final String STRIPE_SECRET_ARN = "bazaar.payments-stripe-secret-arn";
    static final String DOCUMENT_KEYS_SECRET_ARN = "bazaar.identity-verification-secret-arn"; // outside the identity mappings' prefixes

    /** The field of the document keys secret that names the key new numbers are sealed with; every other field is a key. */
    static final String CURRENT_KEY_ID_FIELD = "currentKeyId";
    static final String DOCUMENT_KEYS_PREFIX = "bazaar.identity.verification.";

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Optional<String> dbSecret = value(context, DB_SECRET_ARN);
        Optional<String> jwtSecret = value(context, JWT_SECRET_ARN);
        Optional<String> publicKeySecret = value(context, JWT_PUBLIC_KEY_SECRET_ARN);
        Optional<String> paymentsSecret = value(context, PAYMENTS_SECRET_ARN);
        Optional<String> stripeSecret = value(context, STRIPE_SECRET_ARN);
        Optional<String> documentKeysSecret = value(context, DOCUMENT_KEYS_SECRET_ARN);
        if (dbSecret.isEmpty() && jwtSecret.isEmpty() && publicKeySecret.isEmpty() && paymentsSecret.isEmpty()
                && stripeSecret.isEmpty() && documentKeysSecret.isEmpty()) {
            // build time, tests and the local run: nothing to fetch, and no AWS client is created
            return List.of();
        }
        Map<String, String> properties = new LinkedHashMap<>();
        try (SecretsReader secrets = new SecretsReader(value(context, "bazaar.aws.region").orElse("us-east-1"),
                value(context, "bazaar.aws.endpoint-override").map(URI::create),
                value(context, "bazaar.aws.access-key-id"), value(context, "bazaar.aws.secret-access-key"))) {
            dbSecret.ifPresent(arn -> {
                Map<String, String> fields = secrets.read("BAZAAR_DB_SECRET_ARN", arn, "username", "password");
                properties.put("quarkus.datasource.username", fields.get("username"));
                properties.put("quarkus.datasource.password", fields.get("password"));
            });
            publicKeySecret.ifPresent(arn -> properties.put(PUBLIC_KEY,
                    secrets.field("BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN", arn, "publicKey")));
            jwtSecret.ifPresent(arn -> {
                Map<String, String> fields = secrets.read("BAZAAR_JWT_SECRET_ARN", arn, "publicKey", "privateKey");
                requireSameKey(properties.get(PUBLIC_KEY), fields.get("publicKey"));
                properties.put(PUBLIC_KEY, fields.get("publicKey"));
                properties.put("smallrye.jwt.sign.key", fields.get("privateKey"));
            });
            paymentsSecret.ifPresent(arn -> properties.put("bazaar.payments.sandbox.webhook-secret",
                    secrets.field("BAZAAR_PAYMENTS_SECRET_ARN", arn, "webhookSecret")));
            stripeSecret.ifPresent(arn -> {
                Map<String, String> fields = secrets.read("BAZAAR_PAYMENTS_STRIPE_SECRET_ARN", arn, "secretKey", "webhookSecret");
                properties.put("bazaar.payments.stripe.secret-key", fields.get("secretKey"));
                properties.put("bazaar.payments.stripe.webhook-secret", fields.get("webhookSecret"));
            });
            documentKeysSecret.ifPresent(arn -> properties.putAll(documentKeys(arn, secrets)));
        }
        // MapBackedConfigSource keeps the name as given (PropertiesConfigSource would wrap it), so config dumps say
        // plainly where a value came from
        return List.of(new MapBackedConfigSource(SOURCE_NAME, properties, ORDINAL) {
        });
    }

    /**
     * The real-name document keys (identity): JSON {@code {"currentKeyId": "<id>", "<id>": "<base64 AES-256 key>", ...}},
     * every field but {@value #CURRENT_KEY_ID_FIELD} a key by its id (older ones stay for the numbers sealed with them),
     * becomes {@code bazaar.identity.verification.keys.<id>} and {@code ...current-key-id}. The current key must be there.
     */
    private static Map<String, String> documentKeys(String arn, SecretsReader secrets) {
        String variable = "BAZAAR_IDENTITY_VERIFICATION_SECRET_ARN";
        String currentKeyId = secrets.field(variable, arn, CURRENT_KEY_ID_FIELD);
        Map<String, String> keys = new LinkedHashMap<>(secrets.textFields(variable, arn));
        keys.remove(CURRENT_KEY_ID_FIELD);
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException(variable + ": the secret " + arn + " has no text field \"" + currentKeyId
                    + "\", the key its \"" + CURRENT_KEY_ID_FIELD + "\" names");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(DOCUMENT_KEYS_PREFIX + "current-key-id", currentKeyId);
        keys.forEach((id, key) -> properties.put(DOCUMENT_KEYS_PREFIX + "keys." + id, key));
        return properties;
    }

    /**
     * An area that signs tokens also verifies them: if the public-key secret and the key-pair secret disagree, tokens
     * it signs would fail in every other area, so start-up stops instead. PEM line breaks do not count.
     */
    private static void requireSameKey(String published, String ofKeyPair) {
        if (published != null && !withoutWhitespace(published).equals(withoutWhitespace(ofKeyPair))) {
            throw new IllegalStateException("BAZAAR_JWT_SECRET_ARN and BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN: the key pair's"
                    + " publicKey differs from the published publicKey; put the same public key in both secrets");
        }
    }

    private static String withoutWhitespace(String pem) {
        return pem.replaceAll("\\s+", "");
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).map(String::strip).filter(s -> !s.isEmpty());
    }
}
