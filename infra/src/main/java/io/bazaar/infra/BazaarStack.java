package io.bazaar.infra;

import java.util.List;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** The whole deployment of one stage: network, data stores, database, the HTTP API and one function per API area. */
public final class BazaarStack extends Stack {

    public BazaarStack(Construct scope, String id, StackProps props, StackSettings settings, List<ApiArea> areas) {
        super(scope, id, props);

        Network network = new Network(this, "Network");
        DataStores stores = new DataStores(this, "DataStores", settings);
        Database database = new Database(this, "Database", settings, network);
        TokenKeys tokenKeys = new TokenKeys(this, "TokenKeys", settings);
        PublicApi api = new PublicApi(this, "Api", settings);
        ApiFunctions functions = new ApiFunctions(this, "Functions", settings, areas, network, stores, database, tokenKeys);

        database.allowConnectionsFrom(network.functionsSecurityGroup());
        functions.aliases().forEach(api::route);

        output("ApiUrl", api.url(), "Base URL of the Bazaar API");
        output("ProductImagesBucketName", stores.productImages().getBucketName(), "S3 bucket for product images");
        output("TablePrefix", settings.tablePrefix(), "Prefix of every DynamoDB table of this stage");
        output("DatabaseSecretArn", database.secret().getSecretArn(), "Secrets Manager secret with the database credentials");
        output("JwtKeysSecretName", TokenKeys.secretName(settings), "Secret to put the JWT key pair in");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
