package io.bazaar.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The web site: the web build from a private bucket and the API on one CloudFront distribution. */
class WebSiteTest {

    /** Managed policies by id (CloudFront's documentation). */
    private static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
    private static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    private static final String ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

    private static Template template;
    private static String distribution;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
        distribution = TemplateQueries.webDistribution(template);
    }

    @Test
    void theWebBucketIsPrivateEncryptedAndKept() {
        String bucket = webBucket();
        Map<String, Object> properties = TemplateQueries.properties(template, bucket);
        assertEquals(Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true,
                "RestrictPublicBuckets", true), properties.get("PublicAccessBlockConfiguration"));
        assertTrue(properties.containsKey("BucketEncryption"), properties::toString);
        @SuppressWarnings("unchecked")
        Map<String, Object> resource = (Map<String, Object>) ((Map<String, Object>) template.toJSON().get("Resources")).get(bucket);
        assertEquals("Retain", resource.get("DeletionPolicy"));
    }

    @Test
    void onlyThisDistributionMayReadTheWebBucketThroughOriginAccessControl() {
        String bucket = webBucket();
        template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of(
                "Bucket", Map.of("Ref", bucket),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "s3:GetObject",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "cloudfront.amazonaws.com"),
                        "Condition", Map.of("StringEquals", Map.of("AWS:SourceArn", Match.anyValue()))))))))));
        Map<String, Object> origin = origins().stream().filter(o -> o.containsKey("S3OriginConfig")).findFirst().orElseThrow();
        assertTrue(origin.containsKey("OriginAccessControlId"), origin::toString);
        assertEquals(Map.of("Fn::GetAtt", List.of(bucket, "RegionalDomainName")), origin.get("DomainName"));
    }

    @Test
    void pagesComeFromTheBucketWithTheHistoryFallbackAndNoErrorPages() {
        Map<String, Object> config = config();
        assertEquals("index.html", config.get("DefaultRootObject"));
        assertTrue(!config.containsKey("CustomErrorResponses"), "error responses would turn the API's 404s into index.html");
        @SuppressWarnings("unchecked")
        Map<String, Object> pages = (Map<String, Object>) config.get("DefaultCacheBehavior");
        assertEquals("redirect-to-https", pages.get("ViewerProtocolPolicy"));
        assertEquals(CACHING_OPTIMIZED, pages.get("CachePolicyId"));
        assertEquals(List.of(Map.of("EventType", "viewer-request",
                        "FunctionARN", Map.of("Fn::GetAtt", List.of(historyFallback(), "FunctionARN")))),
                pages.get("FunctionAssociations"));
        template.hasResourceProperties("AWS::CloudFront::Function", Map.of(
                "Name", "bazaar-test-web-history-fallback",
                "AutoPublish", true,
                "FunctionConfig", Match.objectLike(Map.of("Runtime", "cloudfront-js-2.0"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiPathsGoUncachedToTheHttpApiWithEveryMethodHeaderCookieAndQuery() {
        List<Map<String, Object>> behaviours = (List<Map<String, Object>>) config().get("CacheBehaviors");
        assertEquals(List.of("/api/*", "/p/*", "/sitemap.xml", "/sitemaps/*", "/robots.txt"),
                behaviours.stream().map(b -> b.get("PathPattern")).toList());
        Map<String, Object> api = origins().stream().filter(o -> o.containsKey("CustomOriginConfig")).findFirst().orElseThrow();
        assertEquals(Map.of("Fn::Select", List.of(2, Map.of("Fn::Split", List.of("/", Map.of("Fn::GetAtt", List.of(
                template.getResourceId("AWS::ApiGatewayV2::Api"), "ApiEndpoint")))))), api.get("DomainName"));
        assertEquals("https-only", ((Map<String, Object>) api.get("CustomOriginConfig")).get("OriginProtocolPolicy"));
        for (Map<String, Object> behaviour : behaviours) {
            String path = (String) behaviour.get("PathPattern");
            assertEquals(api.get("Id"), behaviour.get("TargetOriginId"), path);
            assertEquals(CACHING_DISABLED, behaviour.get("CachePolicyId"), path);
            assertEquals(ALL_VIEWER_EXCEPT_HOST_HEADER, behaviour.get("OriginRequestPolicyId"), path);
            assertEquals(List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"), behaviour.get("AllowedMethods"), path);
            assertTrue(!behaviour.containsKey("FunctionAssociations"), path);
        }
    }

    @Test
    void theShopsPublicUrlAndThePaymentReturnsAreTheWebSite() {
        Map<String, Object> url = TemplateQueries.webSiteUrl(template);
        template.hasOutput("WebUrl", Map.of("Value", url));
        template.hasOutput("WebBucketName", Map.of("Value", Map.of("Ref", webBucket())));
        template.hasOutput("WebDistributionId", Map.of("Value", Map.of("Ref", distribution)));
        @SuppressWarnings("unchecked")
        Map<String, Object> orders = (Map<String, Object>) ((Map<String, Object>) TemplateQueries.properties(template,
                TemplateQueries.functionId(template, ApiArea.orders())).get("Environment")).get("Variables");
        assertEquals(url, orders.get("BAZAAR_PAYMENTS_PUBLIC_BASE_URL"));
    }

    @Test
    void theHistoryFallbackRewritesPagePathsAndLeavesFilesAlone() throws IOException, InterruptedException {
        Map<String, String> expected = Map.of(
                "/", "/index.html",
                "/products/42", "/index.html",
                "/account/orders/B-1001", "/index.html",
                "/assets/index-B4x9Qz1a.js", "/assets/index-B4x9Qz1a.js",
                "/favicon.svg", "/favicon.svg",
                "/console", "/console/index.html",
                "/console/", "/console/index.html",
                "/console/orders/B-1001", "/console/index.html",
                "/console/index.html", "/console/index.html",
                "/consoles/x", "/index.html");
        List<String> uris = new ArrayList<>(expected.keySet());
        // CloudFront Functions are JavaScript; Node runs them as they are (jsii, which these tests run on, needs Node)
        String harness = WebSite.historyFallbackCode() + "\nconsole.log(JSON.stringify("
                + "%s.map(function (uri) { return handler({request: {uri: uri}}).uri; })));".formatted(json(uris));
        Path script = Files.createTempFile("history-fallback-", ".js");
        Files.writeString(script, harness);
        Process node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true).start();
        assertTrue(node.waitFor(30, TimeUnit.SECONDS), "node did not finish");
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Files.delete(script);
        assertEquals(0, node.exitValue(), output);
        List<String> rewritten = uris.stream().map(expected::get).toList();
        assertEquals(json(rewritten), output);
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    private static String webBucket() {
        // the return photo bucket has no lifecycle rules either, but takes browser uploads (CORS)
        return TemplateQueries.logicalId(template, "AWS::S3::Bucket", Map.of("PublicAccessBlockConfiguration", Match.anyValue(),
                "LifecycleConfiguration", Match.absent(), "CorsConfiguration", Match.absent()));
    }

    private static String historyFallback() {
        return template.getResourceId("AWS::CloudFront::Function");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config() {
        return (Map<String, Object>) TemplateQueries.properties(template, distribution).get("DistributionConfig");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> origins() {
        return (List<Map<String, Object>>) config().get("Origins");
    }
}
