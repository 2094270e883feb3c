package io.bazaar.platform.local;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.DynamoTable;
import io.bazaar.platform.notify.NotifyConfig;
import io.quarkus.runtime.StartupEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.ses.SesClient;

/**
 * Creates what infra/ creates in AWS (DynamoDB tables with TTL, the SES sender identity) when running against an
 * emulator, so the local run and the tests start from an empty LocalStack or moto_server.
 */
public class LocalBootstrap {

    private static final Logger LOG = Logger.getLogger(LocalBootstrap.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "bazaar.local.bootstrap", defaultValue = "false") boolean enabled,
            Instance<DynamoTable> tables, DynamoDbClient dynamo, SesClient ses, AwsConfig aws, NotifyConfig notify) {
        if (!enabled) {
            return;
        }
        for (DynamoTable table : tables) {
            createTable(dynamo, table.fullName(aws));
        }
        ses.verifyEmailIdentity(r -> r.emailAddress(notify.mailFrom()));
        LOG.infof("Local bootstrap done: %d tables, SES sender %s", tables.stream().count(), notify.mailFrom());
    }

    private static void createTable(DynamoDbClient dynamo, String name) {
        try {
            dynamo.createTable(r -> r.tableName(name)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName(DynamoTable.KEY)
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName(DynamoTable.KEY).keyType(KeyType.HASH).build()));
            dynamo.waiter().waitUntilTableExists(r -> r.tableName(name));
            dynamo.updateTimeToLive(r -> r.tableName(name).timeToLiveSpecification(
                    TimeToLiveSpecification.builder().attributeName(DynamoTable.TTL).enabled(true).build()));
        } catch (ResourceInUseException exists) {
            LOG.debugf("Table %s already exists", name);
        }
    }
}
