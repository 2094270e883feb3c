package io.bazaar.localenv;

import java.net.URI;

/** A local server for the AWS APIs Bazaar uses (DynamoDB, S3, SES, SNS, SQS): LocalStack or moto. */
interface AwsEmulator extends AutoCloseable {

    /** Where the AWS SDK clients send their requests (the endpoint override). */
    URI endpoint();

    /** True for LocalStack, whose outbox endpoints differ from the one our moto wrapper adds. */
    boolean isLocalStack();

    @Override
    void close();
}
