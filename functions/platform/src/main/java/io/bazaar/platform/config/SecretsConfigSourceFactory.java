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
 * Turns the Secrets Manager secrets that infra names in {@code BAZAAR_DB_SECRET_ARN} and {@code BAZAAR_JWT_SECRET_ARN}
 * into the database credentials and JWT keys at start-up, so that neither ever sits in an environment variable.
 */
public class SecretsConfigSourceFactory implements ConfigSourceFactory {

    static final String SOURCE_NAME = "aws-secrets-manager";
    /** Above application.properties (250), below env vars (300) and system properties (400): operators can override. */
    static final int ORDINAL = 275;

    static final String DB_SECRET_ARN = "bazaar.db-secret-arn";
    static final String JWT_SECRET_ARN = "bazaar.jwt-secret-arn";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Optional<String> dbSecret = value(context, DB_SECRET_ARN);
        Optional<String> jwtSecret = value(context, JWT_SECRET_ARN);
        if (dbSecret.isEmpty() && jwtSecret.isEmpty()) {
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
            jwtSecret.ifPresent(arn -> {
                Map<String, String> fields = secrets.read("BAZAAR_JWT_SECRET_ARN", arn, "publicKey", "privateKey");
                properties.put("mp.jwt.verify.publickey", fields.get("publicKey"));
                properties.put("smallrye.jwt.sign.key", fields.get("privateKey"));
            });
        }
        // MapBackedConfigSource keeps the name as given (PropertiesConfigSource would wrap it), so config dumps say
        // plainly where a value came from
        return List.of(new MapBackedConfigSource(SOURCE_NAME, properties, ORDINAL) {
        });
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).map(String::strip).filter(s -> !s.isEmpty());
    }
}
