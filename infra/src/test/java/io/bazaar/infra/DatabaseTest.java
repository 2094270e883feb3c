package io.bazaar.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    void onlyTheImportWorkersSubnetsRouteToTheInternetThroughOneNatGateway() {
        template.resourceCountIs("AWS::EC2::NatGateway", 1);
        template.resourceCountIs("AWS::EC2::InternetGateway", 1);
        Map<String, List<String>> routesBySubnetType = new TreeMap<>();
        template.findResources("AWS::EC2::Route").forEach((id, route) -> {
            Map<?, ?> properties = (Map<?, ?>) route.get("Properties");
            assertEquals("0.0.0.0/0", properties.get("DestinationCidrBlock"), id);
            String target = properties.containsKey("NatGatewayId") ? "nat" : properties.containsKey("GatewayId") ? "internet" : "other";
            routesBySubnetType.computeIfAbsent(subnetTypeOf(text(properties.get("RouteTableId"))), type -> new ArrayList<>()).add(target);
        });
        // the isolated subnets (database, API functions) have no route at all; the public ones hold only the NAT gateway
        assertEquals(Map.of("Private", List.of("nat", "nat"), "Public", List.of("internet", "internet")), routesBySubnetType);
        template.allResourcesProperties("AWS::EC2::Subnet", Map.of("MapPublicIpOnLaunch", false));
    }

    /** The aws-cdk:subnet-type tag (Isolated, Private, Public) of the subnet associated with route table {@code ${id}}. */
    private static String subnetTypeOf(String routeTableRef) {
        String routeTable = routeTableRef.replaceAll("^\\$\\{|}$", "");
        Map<String, Map<String, Object>> associations = template.findResources("AWS::EC2::SubnetRouteTableAssociation",
                Map.of("Properties", Match.objectLike(Map.of("RouteTableId", Map.of("Ref", routeTable)))));
        assertEquals(1, associations.size(), routeTable);
        Object subnet = ((Map<?, ?>) associations.values().iterator().next().get("Properties")).get("SubnetId");
        String tags = properties(template, text(subnet).replaceAll("^\\$\\{|}$", "")).get("Tags").toString();
        return tags.replaceAll(".*Key=aws-cdk:subnet-type, Value=(\\w+).*", "$1");
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
    void onlyTheApiFunctionsAndTheImportWorkerMayConnectToTheDatabase() {
        String cluster = template.getResourceId("AWS::RDS::DBCluster");
        Map<String, Map<String, Object>> ingress = template.findResources("AWS::EC2::SecurityGroupIngress",
                Map.of("Properties", Match.objectLike(Map.of(
                        "FromPort", Map.of("Fn::GetAtt", List.of(cluster, "Endpoint.Port"))))));
        List<String> sources = ingress.values().stream()
                .map(resource -> (Map<?, ?>) resource.get("Properties"))
                .peek(rule -> assertFalse(rule.containsKey("CidrIp"), rule::toString))
                .map(rule -> text(rule.get("SourceSecurityGroupId")))
                .sorted()
                .toList();
        assertEquals(List.of(securityGroup("^Bazaar API functions"), securityGroup("^Bazaar import worker")).stream().sorted().toList(),
                sources);
    }

    private static String securityGroup(String descriptionPattern) {
        return "${" + template.getResourceId("AWS::EC2::SecurityGroup", Map.of("Properties",
                Match.objectLike(Map.of("GroupDescription", Match.stringLikeRegexp(descriptionPattern))))) + ".GroupId}";
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
