package io.bazaar.platform.aws;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the AWS APIs are: the real ones in AWS, or LocalStack / moto_server locally and in tests. */
@ConfigMapping(prefix = "bazaar.aws")
public interface AwsConfig {

    /** Region of every client. */
    @WithDefault("us-east-1")
    String region();

    /** Endpoint of an emulator serving all services (LocalStack, moto_server); empty in AWS. */
    Optional<URI> endpointOverride();

    /** Static access key id for an emulator; in AWS the default credentials chain (the Lambda role) is used. */
    Optional<String> accessKeyId();

    /** Static secret key for an emulator. */
    Optional<String> secretAccessKey();

    /** Prefix of every DynamoDB table name, e.g. bazaar-prod-; infra sets it per stage. */
    @WithDefault("bazaar-")
    String tablePrefix();
}
