package io.bazaar.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import static io.bazaar.infra.TemplateQueries.properties;
import static io.bazaar.infra.TemplateQueries.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    private static Template template;

    @BeforeAll
    static void synthesize() {
        template = SynthesizedStack.template();
    }

    @Test
    void databaseIsAuroraPostgresqlServerlessV2() {
        template.resourceCountIs("AWS::RDS::DBCluster", 1);
        template.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "Engine", "aurora-postgresql",
                "EngineVersion", Match.stringLikeRegexp("^16\\."),
                "DatabaseName", "bazaar",
                "StorageEncrypted", true,
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0.5, "MaxCapacity", 4)));
        template.allResourcesProperties("AWS::RDS::DBInstance", Map.of("DBInstanceClass", "db.serverless"));
    }

    @Test
    void databaseIsNotPubliclyAccessible() {
        template.allResourcesProperties("AWS::RDS::DBInstance", Map.of("PubliclyAccessible", false));
    }

    @Test
    void databaseLivesInIsolatedSubnets() {
        Map<String, Object> subnetGroup = properties(template, template.getResourceId("AWS::RDS::DBSubnetGroup"));
        List<?> subnets = (List<?>) subnetGroup.get("SubnetIds");
        assertTrue(subnets.size() >= 2, "Aurora needs subnets in two zones");
        for (Object subnet : subnets) {
            String id = text(subnet).replaceAll("^\\$\\{|}$", "");
            Map<String, Object> subnetProperties = properties(template, id);
            assertEquals(false, subnetProperties.get("MapPublicIpOnLaunch"), id);
            assertTrue(subnetProperties.get("Tags").toString().contains("aws-cdk:subnet-type, Value=Isolated"), id);
        }
    }

    @Test
    void vpcHasNoRouteToTheInternet() {
        template.resourceCountIs("AWS::EC2::InternetGateway", 0);
        template.resourceCountIs("AWS::EC2::NatGateway", 0);
        template.resourceCountIs("AWS::EC2::Route", 0);
    }

    @Test
    void functionsReachAwsServicesThroughVpcEndpoints() {
        List<String> services = template.findResources("AWS::EC2::VPCEndpoint").values().stream()
                .map(endpoint -> (Map<?, ?>) endpoint.get("Properties"))
                .map(properties -> properties.get("VpcEndpointType") + " " + text(properties.get("ServiceName")))
                .sorted()
                .toList();
        assertEquals(List.of(
                "Gateway com.amazonaws.${AWS::Region}.dynamodb",
                "Gateway com.amazonaws.${AWS::Region}.s3",
                "Interface com.amazonaws.${AWS::Region}.email",
                "Interface com.amazonaws.${AWS::Region}.secretsmanager",
                "Interface com.amazonaws.${AWS::Region}.sns",
                "Interface com.amazonaws.${AWS::Region}.sqs"), services);
    }

    @Test
    void onlyTheFunctionsSecurityGroupMayConnectToTheDatabase() {
        String cluster = template.getResourceId("AWS::RDS::DBCluster");
        Map<String, Map<String, Object>> ingress = template.findResources("AWS::EC2::SecurityGroupIngress",
                Map.of("Properties", Match.objectLike(Map.of(
                        "FromPort", Map.of("Fn::GetAtt", List.of(cluster, "Endpoint.Port"))))));
        assertEquals(1, ingress.size(), ingress::toString);
        Map<?, ?> rule = (Map<?, ?>) ingress.values().iterator().next().get("Properties");
        assertEquals("${" + template.getResourceId("AWS::EC2::SecurityGroup", Map.of("Properties",
                        Match.objectLike(Map.of("GroupDescription", Match.stringLikeRegexp("^Bazaar API functions"))))) + ".GroupId}",
                text(rule.get("SourceSecurityGroupId")));
        assertFalse(rule.containsKey("CidrIp"));
    }

    @Test
    void credentialsAreGeneratedIntoSecretsManager() {
        template.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "Name", "bazaar/test/database",
                "GenerateSecretString", Match.objectLike(Map.of(
                        "SecretStringTemplate", "{\"username\":\"bazaar\"}",
                        "GenerateStringKey", "password"))));
    }
}
