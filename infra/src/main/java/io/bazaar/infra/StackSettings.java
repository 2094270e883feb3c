package io.bazaar.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import software.constructs.Node;

/**
 * The deployment's knobs, read once from CDK context ({@code -c key=value} or cdk.json) so constructs never parse context themselves.
 *
 * @param stage        deployment stage, part of every resource name ({@code bazaar:stage}, default {@code dev})
 * @param webOrigin    the storefront's origin, allowed by CORS on the API and the image bucket ({@code bazaar:webOrigin})
 * @param mailFrom     the SES sender address the functions send from ({@code bazaar:mailFrom}, required)
 * @param artifactsDir  the directory the function zips' paths are relative to, absolute ({@code bazaar:artifactsDir}, default
 *                      {@code ..} from infra/: the repository root, where the build leaves them)
 * @param publicBaseUrl the shop's public URL for canonical links and sitemaps ({@code bazaar:publicBaseUrl}); empty: the API's URL
 * @param natGateways   NAT gateways the import worker reaches the internet through ({@code bazaar:natGateways}, default 1;
 *                      2 keeps crawling when one zone fails, for twice the hourly fee)
 * @param importerConcurrency the most import worker invocations at once ({@code bazaar:importerConcurrency}, default 10,
 *                      at least 3), reserved for it in the account; bounds how many shops are crawled at the same time
 * @param iosPushApplication     ARN of the SNS platform application (APNs) the members area pushes to iPhones through
 *                      ({@code bazaar:iosPushApplicationArn}); empty: iOS devices are stored, their pushes only recorded
 * @param androidPushApplication ARN of the SNS platform application (FCM) for Android phones
 *                      ({@code bazaar:androidPushApplicationArn}); empty: as for iOS
 */
public record StackSettings(String stage, String webOrigin, String mailFrom, Path artifactsDir, Optional<String> publicBaseUrl,
                            int natGateways, int importerConcurrency, Optional<String> iosPushApplication,
                            Optional<String> androidPushApplication) {

    public static final String STAGE = "bazaar:stage";
    public static final String WEB_ORIGIN = "bazaar:webOrigin";
    public static final String MAIL_FROM = "bazaar:mailFrom";
    public static final String ARTIFACTS_DIR = "bazaar:artifactsDir";
    public static final String PUBLIC_BASE_URL = "bazaar:publicBaseUrl";
    public static final String NAT_GATEWAYS = "bazaar:natGateways";
    public static final String IMPORTER_CONCURRENCY = "bazaar:importerConcurrency";
    public static final String IOS_PUSH_APPLICATION = "bazaar:iosPushApplicationArn";
    public static final String ANDROID_PUSH_APPLICATION = "bazaar:androidPushApplicationArn";
    /** An SNS platform application: arn:aws:sns:region:account:app/APNS|APNS_SANDBOX|GCM/name. */
    static final String PUSH_APPLICATION_ARN = "arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:app/(APNS|APNS_SANDBOX|GCM)/[A-Za-z0-9_.-]+";

    static final String DEFAULT_STAGE = "dev";
    static final String DEFAULT_WEB_ORIGIN = "http://localhost:8080";
    static final String DEFAULT_ARTIFACTS_DIR = "..";
    static final int DEFAULT_NAT_GATEWAYS = 1;
    static final int DEFAULT_IMPORTER_CONCURRENCY = 10;

    public StackSettings {
        Objects.requireNonNull(stage, "stage");
        if (!stage.matches("[a-z][a-z0-9-]{0,19}")) {
            // it ends up in table, function and secret names
            throw new IllegalArgumentException(STAGE + " must be lower-case letters, digits and '-' (at most 20), got: " + stage);
        }
        if (mailFrom == null || mailFrom.isBlank() || !mailFrom.contains("@")) {
            throw new IllegalArgumentException("Context " + MAIL_FROM + " is required: the SES-verified sender address,"
                    + " e.g. -c " + MAIL_FROM + "=no-reply@shop.example");
        }
        Objects.requireNonNull(webOrigin, "webOrigin");
        artifactsDir = artifactsDir.toAbsolutePath().normalize();
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (publicBaseUrl.isPresent() && !publicBaseUrl.get().matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException(PUBLIC_BASE_URL + " must be an http(s) URL, got: " + publicBaseUrl.get());
        }
        publicBaseUrl = publicBaseUrl.map(url -> url.replaceAll("/+$", ""));
        if (natGateways < 1 || natGateways > Network.ZONES) {
            // the worker's subnets route to the internet through a NAT gateway; more than one per zone is never used
            throw new IllegalArgumentException(NAT_GATEWAYS + " must be 1 to " + Network.ZONES + ", got: " + natGateways);
        }
        if (importerConcurrency < ImportWorker.MIN_CONCURRENCY || importerConcurrency > 1000) {
            // one invocation is kept for the scheduled refresh, and the queue's pollers need at least two (see ImportWorker)
            throw new IllegalArgumentException(IMPORTER_CONCURRENCY + " must be " + ImportWorker.MIN_CONCURRENCY
                    + " to 1000, got: " + importerConcurrency);
        }
        Objects.requireNonNull(iosPushApplication, "iosPushApplication");
        Objects.requireNonNull(androidPushApplication, "androidPushApplication");
        for (Optional<String> arn : List.of(iosPushApplication, androidPushApplication)) {
            if (arn.isPresent() && !arn.get().matches(PUSH_APPLICATION_ARN)) {
                throw new IllegalArgumentException("A push application is an SNS platform application ARN "
                        + "(arn:aws:sns:<region>:<account>:app/APNS|APNS_SANDBOX|GCM/<name>), got: " + arn.get());
            }
        }
    }

    /** The SNS platform applications the members area pushes through, iOS first; empty when none is configured. */
    public List<String> pushApplications() {
        return java.util.stream.Stream.of(iosPushApplication, androidPushApplication).flatMap(Optional::stream).toList();
    }

    /** Reads the settings from the context of {@code node}; a relative artifacts directory is resolved against {@code infraDir}. */
    public static StackSettings from(Node node, Path infraDir) {
        String artifacts = context(node, ARTIFACTS_DIR, DEFAULT_ARTIFACTS_DIR);
        return new StackSettings(
                context(node, STAGE, DEFAULT_STAGE),
                context(node, WEB_ORIGIN, DEFAULT_WEB_ORIGIN),
                context(node, MAIL_FROM, null),
                infraDir.resolve(artifacts),
                Optional.ofNullable(context(node, PUBLIC_BASE_URL, null)),
                number(node, NAT_GATEWAYS, DEFAULT_NAT_GATEWAYS),
                number(node, IMPORTER_CONCURRENCY, DEFAULT_IMPORTER_CONCURRENCY),
                Optional.ofNullable(context(node, IOS_PUSH_APPLICATION, null)),
                Optional.ofNullable(context(node, ANDROID_PUSH_APPLICATION, null)));
    }

    /** Prefix of every DynamoDB table name of this stage: the functions get it as BAZAAR_AWS_TABLE_PREFIX. */
    public String tablePrefix() {
        return "bazaar-" + stage + "-";
    }

    /** The name of a stage-scoped resource, e.g. {@code bazaar-dev-identity}. */
    public String resourceName(String name) {
        return tablePrefix() + name;
    }

    private static int number(Node node, String key, int fallback) {
        String value = context(node, key, String.valueOf(fallback));
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got: " + value, e);
        }
    }

    private static String context(Node node, String key, String fallback) {
        Object value = node.tryGetContext(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }
}
