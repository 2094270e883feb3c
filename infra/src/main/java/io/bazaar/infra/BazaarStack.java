package io.bazaar.infra;

import java.util.List;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The whole deployment of one stage: network, data stores, database, secrets, the HTTP API and the web site in front
 * of it, one function per API area, the import queue and worker, the events queue and
 * the statistics ingest function, and the job schedules.
 */
public final class BazaarStack extends Stack {

    public BazaarStack(Construct scope, String id, StackProps props, StackSettings settings, List<ApiArea> areas) {
        super(scope, id, props);

        Network network = new Network(this, "Network", settings);
        DataStores stores = new DataStores(this, "DataStores", settings);
        Database database = new Database(this, "Database", settings, network);
        TokenKeys tokenKeys = new TokenKeys(this, "TokenKeys", settings);
        PaymentSecrets payments = new PaymentSecrets(this, "Payments", settings);
        DocumentKeys documentKeys = new DocumentKeys(this, "DocumentKeys", settings);
        PublicApi api = new PublicApi(this, "Api", settings);
        WebSite site = new WebSite(this, "Web", settings, api);
        ImageCdn images = new ImageCdn(this, "ImageCdn", stores.productImages(), stores.avatars());
        stores.allowUploadsFrom(site.url());
        ImportQueue imports = new ImportQueue(this, "Imports", settings, ImportWorker.TIMEOUT);
        EventsQueue events = new EventsQueue(this, "Events", settings);
        QuarkusFunction.Surroundings surroundings = new QuarkusFunction.Surroundings(network, stores, database, tokenKeys,
                payments, documentKeys, imports, events, site.url(), images.baseUrl());
        ApiFunctions functions = new ApiFunctions(this, "Functions", settings, areas, surroundings);
        ImportWorker importer = new ImportWorker(this, "Importer", settings, surroundings);
        OrderExportWorker exporter = new OrderExportWorker(this, "OrderExports", settings, surroundings);
        StatisticsIngest statistics = new StatisticsIngest(this, "StatisticsIngest", settings, surroundings);

        database.allowConnectionsFrom(network.functionsSecurityGroup(), "Bazaar API functions");
        database.allowConnectionsFrom(network.importerSecurityGroup(), "Bazaar import worker");
        functions.aliases().forEach(api::route);
        JobSchedules jobs = new JobSchedules(this, "Jobs", settings, functions.aliases());
        jobs.schedule(ImportWorker.NAME, ImportWorker.REFRESH, importer.alias(), ImportWorker.jobEvent(ImportWorker.REFRESH));
        jobs.schedule("orders", OrderExportWorker.JOB, exporter.alias(), OrderExportWorker.jobEvent());
        StatisticsIngest.JOBS.forEach(job -> jobs.schedule("statistics", job, statistics.alias(), StatisticsIngest.jobEvent(job)));

        output("WebUrl", site.url(), "The shop: storefront at /, console at /console/, API at /api/");
        output("WebBucketName", site.bucket().getBucketName(), "S3 bucket infra/deploy-web.sh uploads web/dist to");
        output("WebDistributionId", site.distributionId(), "CloudFront distribution of the web site (invalidated by infra/deploy-web.sh)");
        output("ApiUrl", api.url(), "Base URL of the Bazaar API (API Gateway's own address; the web site routes /api/* to it)");
        output("ProductImagesBucketName", stores.productImages().getBucketName(), "S3 bucket for product images");
        output("ProductImagesUrl", images.baseUrl(), "CloudFront URL product images are served from");
        output("TablePrefix", settings.tablePrefix(), "Prefix of every DynamoDB table of this stage");
        output("DatabaseSecretArn", database.secret().getSecretArn(), "Secrets Manager secret with the database credentials");
        output("JwtKeysSecretName", TokenKeys.secretName(settings), "Secret to put the JWT key pair in");
        output("JwtPublicKeySecretName", TokenKeys.publicKeySecretName(settings), "Secret to put the JWT public key in");
        output("ImportQueueUrl", imports.queue().getQueueUrl(), "FIFO queue of import work");
        output("ImportDeadLetterQueueUrl", imports.deadLetters().getQueueUrl(), "Import work that failed " + ImportQueue.MAX_RECEIVE_COUNT + " times");
        output("EventsQueueUrl", events.queue().getQueueUrl(), "Queue of shoppers' behaviour events (statistics)");
        output("EventsDeadLetterQueueUrl", events.deadLetters().getQueueUrl(),
                "Behaviour events that could not be stored " + EventsQueue.MAX_RECEIVE_COUNT + " times");
        output("PaymentsSecretName", PaymentSecrets.secretName(settings), "Secret holding the generated payment webhook key");
        output("OrderExportsBucketName", stores.orderExports().getBucketName(), "S3 bucket of merchants' order exports (private)");
        output("AvatarsBucketName", stores.avatars().getBucketName(), "S3 bucket for members' avatars (served under ProductImagesUrl/avatars/)");
        output("DocumentKeysSecretName", DocumentKeys.secretName(settings),
                "Secret holding the generated real-name document key (add keys here to rotate)");
        output("StripeSecretName", PaymentSecrets.stripeSecretName(settings),
                "Secret to fill with Stripe's secretKey and webhookSecret after the first deploy");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
