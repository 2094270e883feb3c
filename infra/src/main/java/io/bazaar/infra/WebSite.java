package io.bazaar.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.Function;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * The shop's one public address: a CloudFront distribution whose default behaviour serves the web build (storefront
 * and console) from a private bucket, and whose API paths go to the HTTP API. One origin for pages and API means no
 * CORS and a SameSite=Strict refresh cookie that the pages' own requests carry. The history-mode fallback is a
 * CloudFront Function on the bucket's behaviour only, not distribution-wide error responses, which would also turn
 * the API's 404s into index.html.
 */
public final class WebSite extends Construct {

    /** What the API answers besides /api/*: server-rendered product pages, sitemaps and robots.txt. */
    static final List<String> API_PATHS = List.of("/api/*", "/p/*", "/sitemap.xml", "/sitemaps/*", "/robots.txt");

    private final Bucket bucket;
    private final Distribution distribution;

    public WebSite(Construct scope, String id, StackSettings settings, PublicApi api) {
        super(scope, id);
        // the build is reproducible, but kept like the other buckets: CloudFormation cannot delete a full bucket
        bucket = Bucket.Builder.create(this, "Bucket")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Function historyFallback = Function.Builder.create(this, "HistoryFallback")
                .functionName(settings.resourceName("web-history-fallback"))
                .comment("Bazaar " + settings.stage() + ": page paths without a file get their app's index.html")
                .runtime(FunctionRuntime.JS_2_0)
                .code(FunctionCode.fromInline(historyFallbackCode()))
                .build();
        distribution = Distribution.Builder.create(this, "Distribution")
                .comment("Bazaar " + settings.stage() + ": web pages and API")
                .defaultRootObject("index.html")
                .defaultBehavior(BehaviorOptions.builder()
                        .origin(S3BucketOrigin.withOriginAccessControl(bucket))
                        .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                        // honours the objects' Cache-Control: immutable assets, index pages revalidated
                        .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                        .functionAssociations(List.of(FunctionAssociation.builder()
                                .function(historyFallback).eventType(FunctionEventType.VIEWER_REQUEST).build()))
                        .build())
                .additionalBehaviors(apiBehaviours(api))
                .priceClass(PriceClass.PRICE_CLASS_100)
                .build();
    }

    /**
     * Every method, nothing cached, every viewer header but Host (API Gateway answers only to its own name), cookies
     * and query strings: the API sees what it would see called directly.
     */
    private Map<String, BehaviorOptions> apiBehaviours(PublicApi api) {
        BehaviorOptions toApi = BehaviorOptions.builder()
                .origin(HttpOrigin.Builder.create(Fn.select(2, Fn.split("/", api.url())))
                        .protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY)
                        .build())
                .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                .allowedMethods(AllowedMethods.ALLOW_ALL)
                .cachePolicy(CachePolicy.CACHING_DISABLED)
                .originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
                .build();
        Map<String, BehaviorOptions> behaviours = new LinkedHashMap<>();
        API_PATHS.forEach(path -> behaviours.put(path, toApi));
        return behaviours;
    }

    static String historyFallbackCode() {
        try (InputStream code = WebSite.class.getResourceAsStream("history-fallback.js")) {
            if (code == null) {
                throw new IllegalStateException("history-fallback.js is missing from the class path");
            }
            return new String(code.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** https://<distribution domain>: the storefront, the console under /console/, and the API under /api/. */
    public String url() {
        return "https://" + distribution.getDistributionDomainName();
    }

    public IBucket bucket() {
        return bucket;
    }

    public String distributionId() {
        return distribution.getDistributionId();
    }
}
