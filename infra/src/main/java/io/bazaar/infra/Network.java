package io.bazaar.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IInterfaceVpcEndpointService;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.constructs.Construct;

/** The private network: isolated subnets only (no NAT gateway, no internet), with VPC endpoints for every AWS service the functions call. */
public final class Network extends Construct {

    private final Vpc vpc;
    private final SecurityGroup functionsSecurityGroup;

    public Network(Construct scope, String id) {
        super(scope, id);
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2) // Aurora wants its subnet group in at least two zones
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("isolated")
                        .subnetType(SubnetType.PRIVATE_ISOLATED)
                        .cidrMask(22)
                        .build()))
                .restrictDefaultSecurityGroup(true)
                .build();

        List<SubnetSelection> isolated = List.of(isolatedSubnets());
        vpc.addGatewayEndpoint("DynamoDbEndpoint", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.DYNAMODB).subnets(isolated).build());
        vpc.addGatewayEndpoint("S3Endpoint", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).subnets(isolated).build());

        Map<String, IInterfaceVpcEndpointService> interfaceEndpoints = new LinkedHashMap<>();
        interfaceEndpoints.put("SesEndpoint", InterfaceVpcEndpointAwsService.EMAIL); // the SES API ("email"), not SMTP
        interfaceEndpoints.put("SnsEndpoint", InterfaceVpcEndpointAwsService.SNS);
        interfaceEndpoints.put("SqsEndpoint", InterfaceVpcEndpointAwsService.SQS);
        interfaceEndpoints.put("SecretsManagerEndpoint", InterfaceVpcEndpointAwsService.SECRETS_MANAGER);
        interfaceEndpoints.forEach((endpointId, service) -> vpc.addInterfaceEndpoint(endpointId,
                InterfaceVpcEndpointOptions.builder()
                        .service(service)
                        .subnets(isolatedSubnets())
                        .privateDnsEnabled(true) // the SDKs' default endpoints resolve to the VPC endpoint
                        .open(true) // HTTPS from anywhere in the VPC
                        .build()));

        functionsSecurityGroup = SecurityGroup.Builder.create(this, "FunctionsSecurityGroup")
                .vpc(vpc)
                .description("Bazaar API functions: outbound to the VPC endpoints and the database")
                .allowAllOutbound(true)
                .build();
    }

    /** The subnets everything runs in: no route to or from the internet. */
    public static SubnetSelection isolatedSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    }

    public IVpc vpc() {
        return vpc;
    }

    /** The security group of every API function; the database admits it. */
    public ISecurityGroup functionsSecurityGroup() {
        return functionsSecurityGroup;
    }
}
