package io.bazaar.infra;

import java.util.List;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** The whole deployment of one stage: network, data stores, database, secrets, the HTTP API, one function per API area and its job schedules. */
public final class BazaarStack extends Stack {

    public BazaarStack(Construct scope, String id, StackProps props, StackSettings settings, List<ApiArea> areas) {
        super(scope, id, props);

        Network network = new Network(this, "Network");
        DataStores stores = new DataStores(this, "DataStores", settings);
        Database database = new Database(this, "Database", settings, network);
        TokenKeys tokenKeys = new TokenKeys(this, "TokenKeys", settings);
        PaymentSecrets payments = new PaymentSecrets(this, "Payments", settings);
        PublicApi api = new PublicApi(this, "Api", settings);
        ImageCdn images = new ImageCdn(this, "ImageCdn", stores.productImages());
        ApiFunctions functions = new ApiFunctions(this, "Functions", settings, areas,
                new ApiFunctions.Surroundings(network, stores, database, tokenKeys, payments, api.url(), images.baseUrl()));

        database.allowConnectionsFrom(network.functionsSecurityGroup());
        functions.aliases().forEach(api::route);
        new JobSchedules(this, "Jobs", settings, functions.aliases());

        output("ApiUrl", api.url(), "Base URL of the Bazaar API");
        output("ProductImagesBucketName", stores.productImages().getBucketName(), "S3 bucket for product images");
        output("ProductImagesUrl", images.baseUrl(), "CloudFront URL product images are served from");
        output("TablePrefix", settings.tablePrefix(), "Prefix of every DynamoDB table of this stage");
        output("DatabaseSecretArn", database.secret().getSecretArn(), "Secrets Manager secret with the database credentials");
        output("JwtKeysSecretName", TokenKeys.secretName(settings), "Secret to put the JWT key pair in");
        output("JwtPublicKeySecretName", TokenKeys.publicKeySecretName(settings), "Secret to put the JWT public key in");
        output("PaymentsSecretName", PaymentSecrets.secretName(settings), "Secret holding the generated payment webhook key");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
