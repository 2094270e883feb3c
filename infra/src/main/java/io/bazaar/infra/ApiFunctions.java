package io.bazaar.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/** One Lambda function per API area ({@link QuarkusFunction}: 1024 MB, 15 s, reached through its alias), with exactly the grants its area declares. */
public final class ApiFunctions extends Construct {

    /** The Quarkus Lambda entry point (quarkus-amazon-lambda-http). */
    public static final String HANDLER = QuarkusFunction.HANDLER;
    /** The alias the API targets; SnapStart snapshots are taken of published versions only. */
    public static final String ALIAS = QuarkusFunction.ALIAS;

    private final Map<ApiArea, Alias> aliases = new LinkedHashMap<>();

    public ApiFunctions(Construct scope, String id, StackSettings settings, List<ApiArea> areas,
                        QuarkusFunction.Surroundings surroundings) {
        super(scope, id);
        for (ApiArea area : areas) {
            QuarkusFunction function = new QuarkusFunction(new Construct(this, Ids.pascal(area.name())), settings,
                    new QuarkusFunction.Shape(area.name(), "Bazaar " + area.name() + " API (Quarkus)", area.artifact(),
                            1024, Duration.seconds(15), Network.isolatedSubnets(),
                            surroundings.network().functionsSecurityGroup(), Optional.empty()),
                    surroundings);
            grant(function, settings, area, surroundings);
            aliases.put(area, function.alias());
        }
    }

    /** Each area with the alias its routes should target, in the order given. */
    public Map<ApiArea, IFunction> aliases() {
        return Collections.unmodifiableMap(aliases);
    }

    /** The ARNs of the endpoints of a platform application: arn:...:app/GCM/name becomes arn:...:endpoint/GCM/name/*. */
    static String endpointsOf(String applicationArn) {
        return applicationArn.replaceFirst(":app/", ":endpoint/") + "/*";
    }

    /** Gives the function what the area may touch; also used for a second function of an area (the export worker). */
    static void grant(QuarkusFunction quarkusFunction, StackSettings settings, ApiArea area,
                              QuarkusFunction.Surroundings surroundings) {
        Function function = quarkusFunction.function();
        quarkusFunction.readWriteTables(surroundings.stores(), area.tables());
        if (!area.tables().contains(DataStores.ENDED_SESSIONS)) {
            // the platform's EndedSessionCheck refuses tokens of ended sessions in every area: one GetItem per request;
            // the table's name is BAZAAR_AWS_TABLE_PREFIX + ended-sessions, as for every table
            surroundings.stores().table(DataStores.ENDED_SESSIONS).grant(function, "dynamodb:GetItem");
        }
        // the platform's StaffAuditFilter logs staff changes in every area (one PutItem each); identity reads them for
        // the owner (GET /api/merchant/audit): Query
        surroundings.stores().table(DataStores.STAFF_AUDIT).grant(function, area.capabilities()
                .contains(ApiArea.Capability.READ_STAFF_AUDIT) ? new String[] {"dynamodb:PutItem", "dynamodb:Query"}
                : new String[] {"dynamodb:PutItem"});
        if (area.capabilities().contains(ApiArea.Capability.LINK_SHOP_LOGOS)) {
            // shop logos are confirmed under avatars/shops/ in the avatars bucket, served by the image CDN's avatars/*
            function.addEnvironment("BAZAAR_IDENTITY_AVATARS_BASE_URL", surroundings.imagesUrl());
        }
        // EventBridge starts the area's jobs through POST /internal/jobs/{name} (JobSchedules)
        function.addEnvironment("BAZAAR_JOBS_HTTP_TRIGGER", "true");

        TokenKeys tokenKeys = surroundings.tokenKeys();
        tokenKeys.publicKeySecret().grantRead(function);
        function.addEnvironment("BAZAAR_JWT_PUBLIC_KEY_SECRET_ARN", tokenKeys.publicKeySecret().getSecretArn());
        if (area.capabilities().contains(ApiArea.Capability.ISSUE_TOKENS)) {
            tokenKeys.secret().grantRead(function);
            function.addEnvironment("BAZAAR_JWT_SECRET_ARN", tokenKeys.secret().getSecretArn());
        }
        if (area.capabilities().contains(ApiArea.Capability.PRODUCT_IMAGES)) {
            quarkusFunction.readWriteProductImages(settings, surroundings);
        }
        if (area.capabilities().contains(ApiArea.Capability.REVIEW_IMAGES)) {
            quarkusFunction.readWriteReviewImages(surroundings);
        }
        if (area.capabilities().contains(ApiArea.Capability.LINK_PRODUCT_IMAGES)) {
            quarkusFunction.linkProductImages(surroundings);
        }
        if (area.capabilities().contains(ApiArea.Capability.AVATARS)) {
            IBucket avatars = surroundings.stores().avatars();
            avatars.grantReadWrite(function);
            function.addEnvironment("BAZAAR_IDENTITY_AVATARS_BUCKET", avatars.getBucketName());
            // served by the image CDN's avatars/* behaviour, and the keys of confirmed avatars start with avatars/
            function.addEnvironment("BAZAAR_IDENTITY_AVATARS_BASE_URL", surroundings.imagesUrl());
        }
        if (area.capabilities().contains(ApiArea.Capability.VERIFY_REAL_NAMES)) {
            ISecret documentKeys = surroundings.documentKeys().secret();
            documentKeys.grantRead(function);
            function.addEnvironment("BAZAAR_IDENTITY_VERIFICATION_SECRET_ARN", documentKeys.getSecretArn());
        }
        if (area.capabilities().contains(ApiArea.Capability.RETURN_PHOTOS)) {
            surroundings.stores().returnPhotos().grantReadWrite(function);
            function.addEnvironment("BAZAAR_ORDERS_RETURN_PHOTOS_BUCKET", surroundings.stores().returnPhotos().getBucketName());
        }
        if (area.capabilities().contains(ApiArea.Capability.MESSAGE_ATTACHMENTS)) {
            IBucket attachments = surroundings.stores().messageAttachments();
            attachments.grantReadWrite(function);
            function.addEnvironment("BAZAAR_MEMBERS_MESSAGES_ATTACHMENTS_BUCKET", attachments.getBucketName());
        }
        if (area.capabilities().contains(ApiArea.Capability.ORDER_EXPORTS)) {
            IBucket exports = surroundings.stores().orderExports();
            exports.grantReadWrite(function);
            function.addEnvironment("BAZAAR_ORDERS_EXPORTS_BUCKET", exports.getBucketName());
            // a Lambda may be frozen once it answered: the scheduled order-exports job (OrderExportWorker) does the work
            function.addEnvironment("BAZAAR_ORDERS_EXPORTS_RUN_ON_CREATE", "false");
        }
        if (area.capabilities().contains(ApiArea.Capability.RECORD_EVENTS)) {
            surroundings.events().allowSendingFrom(function);
        }
        if (area.capabilities().contains(ApiArea.Capability.TAKE_IN_EVENTS)) {
            surroundings.events().allowConsumingFrom(function);
        }
        if (area.capabilities().contains(ApiArea.Capability.START_IMPORTS)) {
            surroundings.imports().allowSendingFrom(function);
        }
        if (area.capabilities().contains(ApiArea.Capability.TAKE_PAYMENTS)) {
            surroundings.payments().secret().grantRead(function);
            function.addEnvironment("BAZAAR_PAYMENTS_SECRET_ARN", surroundings.payments().secret().getSecretArn());
            // deployments take real payments: the sandbox refuses to start outside the local and test profiles
            function.addEnvironment("BAZAAR_PAYMENTS_PROVIDER", PaymentSecrets.PROVIDER);
            surroundings.payments().stripeSecret().grantRead(function);
            function.addEnvironment("BAZAAR_PAYMENTS_STRIPE_SECRET_ARN", surroundings.payments().stripeSecret().getSecretArn());
            // the payment provider sends shoppers back to the web pages, on the same origin as the API
            function.addEnvironment("BAZAAR_PAYMENTS_PUBLIC_BASE_URL", surroundings.publicBaseUrl(settings));
        }
        if (area.capabilities().contains(ApiArea.Capability.SEND_EMAIL)) {
            function.addEnvironment("BAZAAR_NOTIFY_MAIL_FROM", settings.mailFrom());
            // any verified identity (SES checks the domain's or the address's), but only from the configured sender
            String identities = Stack.of(function).formatArn(ArnComponents.builder()
                    .service("ses").resource("identity").resourceName("*")
                    .arnFormat(ArnFormat.SLASH_RESOURCE_NAME).build());
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("ses:SendEmail", "ses:SendRawEmail"))
                    .resources(List.of(identities))
                    .conditions(Map.of("StringEquals", Map.of("ses:FromAddress", settings.mailFrom())))
                    .build());
        }
        if (area.capabilities().contains(ApiArea.Capability.MOBILE_PUSH)) {
            settings.iosPushApplication().ifPresent(arn -> function.addEnvironment("BAZAAR_MEMBERS_PUSH_IOS_APPLICATION_ARN", arn));
            settings.androidPushApplication().ifPresent(arn -> function.addEnvironment("BAZAAR_MEMBERS_PUSH_ANDROID_APPLICATION_ARN", arn));
            List<String> applications = settings.pushApplications();
            if (!applications.isEmpty()) {
                // a device token becomes an endpoint of the application; pushes go to those endpoints only
                function.addToRolePolicy(PolicyStatement.Builder.create()
                        .actions(List.of("sns:CreatePlatformEndpoint"))
                        .resources(applications)
                        .build());
                function.addToRolePolicy(PolicyStatement.Builder.create()
                        .actions(List.of("sns:Publish", "sns:SetEndpointAttributes", "sns:GetEndpointAttributes",
                                "sns:DeleteEndpoint"))
                        .resources(applications.stream().map(ApiFunctions::endpointsOf).toList())
                        .build());
            }
        }
        if (area.capabilities().contains(ApiArea.Capability.SEND_SMS)) {
            // publishing straight to a phone number has no resource ARN to name
            function.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("sns:Publish"))
                    .resources(List.of("*"))
                    .build());
        }
    }
}
