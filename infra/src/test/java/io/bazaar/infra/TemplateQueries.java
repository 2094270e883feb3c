package io.bazaar.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small lookups over a synthesized template that the CDK assertions do not offer directly. */
final class TemplateQueries {

    /** What a grant to read and write a DynamoDB table allows (CDK's {@code grantReadWriteData}, as our tables use it). */
    static final List<String> READ_WRITE = List.of("dynamodb:GetItem", "dynamodb:PutItem",
            "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query", "dynamodb:ConditionCheckItem");

    private TemplateQueries() {
    }

    /** The logical id of the only resource of {@code type} whose properties contain {@code properties}. */
    static String logicalId(Template template, String type, Map<String, Object> properties) {
        Map<String, Map<String, Object>> found = template.findResources(type,
                Map.of("Properties", Match.objectLike(properties)));
        assertEquals(1, found.size(), () -> "expected one " + type + " with " + properties + ", found " + found.keySet());
        return found.keySet().iterator().next();
    }

    /** The logical id of the product image bucket, the bucket that aborts incomplete multipart uploads. */
    static String imageBucket(Template template) {
        return logicalId(template, "AWS::S3::Bucket", Map.of("LifecycleConfiguration", Map.of("Rules",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Id", "abort-incomplete-multipart-uploads")))))));
    }

    /** The logical id of the avatars bucket, the bucket that expires unconfirmed uploads. */
    static String avatarsBucket(Template template) {
        return logicalId(template, "AWS::S3::Bucket", Map.of("LifecycleConfiguration", Map.of("Rules",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Id", "expire-unconfirmed-uploads")))))));
    }

    /** The logical id of the image CDN's distribution (product images, and avatars under avatars/). */
    static String imageDistribution(Template template) {
        return logicalId(template, "AWS::CloudFront::Distribution",
                Map.of("DistributionConfig", Match.objectLike(Map.of("Comment", "Bazaar product images"))));
    }

    /** The logical id of the web site's distribution, the one with a default root object. */
    static String webDistribution(Template template) {
        return logicalId(template, "AWS::CloudFront::Distribution",
                Map.of("DistributionConfig", Match.objectLike(Map.of("DefaultRootObject", "index.html"))));
    }

    /** The web site's URL as the template writes it: https:// and the distribution's domain name. */
    static Map<String, Object> webSiteUrl(Template template) {
        return Map.of("Fn::Join", List.of("", List.of("https://",
                Map.of("Fn::GetAtt", List.of(webDistribution(template), "DomainName")))));
    }

    /** The logical id of {@code area}'s function. */
    static String functionId(Template template, ApiArea area) {
        return logicalId(template, "AWS::Lambda::Function",
                Map.of("FunctionName", "bazaar-" + SynthesizedStack.STAGE + "-" + area.name()));
    }

    /** The properties of resource {@code logicalId}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Template template, String logicalId) {
        Map<String, Object> resources = (Map<String, Object>) template.toJSON().get("Resources");
        Map<String, Object> resource = (Map<String, Object>) resources.get(logicalId);
        return (Map<String, Object>) resource.get("Properties");
    }

    /** Every statement of every IAM policy attached to the role with logical id {@code roleId}. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statementsOfRole(Template template, String roleId) {
        Map<String, Map<String, Object>> policies = template.findResources("AWS::IAM::Policy", Map.of("Properties",
                Match.objectLike(Map.of("Roles", Match.arrayWith(List.of(Map.of("Ref", roleId)))))));
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map<String, Object> policy : policies.values()) {
            Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
            Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
            statements.addAll((List<Map<String, Object>>) document.get("Statement"));
        }
        return statements;
    }

    /** Every statement of every IAM policy of {@code area}'s function role. */
    static List<Map<String, Object>> statementsOfArea(Template template, ApiArea area) {
        return statementsOfFunction(template, functionId(template, area));
    }

    /** Every statement of every IAM policy of the role of the function with logical id {@code functionId}. */
    static List<Map<String, Object>> statementsOfFunction(Template template, String functionId) {
        return statementsOfRole(template, roleOf(template, functionId));
    }

    /** The logical id of the role of the function with logical id {@code functionId}. */
    @SuppressWarnings("unchecked")
    static String roleOf(Template template, String functionId) {
        Map<String, Object> role = (Map<String, Object>) properties(template, functionId).get("Role");
        return (String) ((List<Object>) role.get("Fn::GetAtt")).get(0);
    }

    /** The ARN of our DynamoDB table {@code name} (without the stage prefix) as policies name it. */
    static Map<String, Object> tableArn(Template template, String name) {
        return Map.of("Fn::GetAtt", List.of(logicalId(template, "AWS::DynamoDB::Table",
                Map.of("TableName", "bazaar-" + SynthesizedStack.STAGE + "-" + name)), "Arn"));
    }

    /** The reference to the Secrets Manager secret named {@code name}, as policies name it. */
    static Map<String, Object> secretRef(Template template, String name) {
        return Map.of("Ref", logicalId(template, "AWS::SecretsManager::Secret", Map.of("Name", name)));
    }

    /** The actions of those {@code statements} whose resources {@code resources} matches, in order. */
    static List<Object> actionsOn(List<Map<String, Object>> statements, Predicate<List<Object>> resources) {
        return statements.stream().filter(statement -> resources.test(asList(statement.get("Resource"))))
                .flatMap(statement -> asList(statement.get("Action")).stream())
                .toList();
    }

    /** The secrets those {@code statements} may read. */
    static List<Object> readableSecrets(List<Map<String, Object>> statements) {
        return statements.stream()
                .filter(statement -> asList(statement.get("Action")).contains("secretsmanager:GetSecretValue"))
                .flatMap(statement -> asList(statement.get("Resource")).stream())
                .toList();
    }

    /**
     * Asserts that no IAM policy of the template mentions {@code resource} (a logical id) unless it is attached to
     * exactly the roles of one of the functions with logical ids {@code functionIds}.
     */
    static void onlyTheseFunctionsAreGranted(Template template, String resource, List<String> functionIds) {
        List<Object> allowed = functionIds.stream()
                .map(function -> (Object) List.of(Map.of("Ref", roleOf(template, function)))).toList();
        template.findResources("AWS::IAM::Policy").forEach((id, policy) -> {
            Object roles = ((Map<?, ?>) policy.get("Properties")).get("Roles");
            assertTrue(!policy.toString().contains(resource) || allowed.contains(roles),
                    () -> id + " grants " + resource + " to " + roles);
        });
    }

    /** A statement's Action or Resource, which IAM allows as one value or a list, as a list. */
    static List<Object> asList(Object value) {
        return value instanceof List<?> list ? List.copyOf(list) : value == null ? List.of() : List.of(value);
    }

    /** The text a CloudFormation value would resolve to, with {@code Ref}s as {@code ${Name}} and {@code Fn::GetAtt}s as {@code ${Name.Attribute}}. */
    @SuppressWarnings("unchecked")
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> map && map.containsKey("Ref")) {
            return "${" + map.get("Ref") + "}";
        }
        if (value instanceof Map<?, ?> map && map.containsKey("Fn::GetAtt")) {
            List<Object> getAtt = (List<Object>) map.get("Fn::GetAtt");
            return "${" + getAtt.get(0) + "." + getAtt.get(1) + "}";
        }
        if (value instanceof Map<?, ?> map && map.containsKey("Fn::Join")) {
            List<Object> join = (List<Object>) map.get("Fn::Join");
            return ((List<Object>) join.get(1)).stream().map(TemplateQueries::text)
                    .collect(Collectors.joining((String) join.get(0)));
        }
        return String.valueOf(value);
    }
}
