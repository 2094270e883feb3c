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

/**
 * The private network. The API functions and the database live in isolated subnets (no route to or from the internet)
 * and reach AWS services through VPC endpoints. Only the import worker, which crawls other shops, runs in subnets
 * with a route out to the internet through NAT gateways (in public subnets that hold nothing else).
 */
public final class Network extends Construct {

    /** Availability zones used; Aurora wants its subnet group in at least two. */
    public static final int ZONES = 2;

    private final Vpc vpc;
    private final SecurityGroup functionsSecurityGroup;
    private final SecurityGroup importerSecurityGroup;

    public Network(Construct scope, String id, StackSettings settings) {
        super(scope, id);
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(ZONES)
                .natGateways(settings.natGateways())
                // address ranges are handed out in this order: isolated first keeps 10.40.0.0/21 where it was
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder()
                                .name("isolated")
                                .subnetType(SubnetType.PRIVATE_ISOLATED)
                                .cidrMask(22)
                                .build(),
                        SubnetConfiguration.builder()
                                .name("egress")
                                .subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                                .cidrMask(24)
                                .build(),
                        SubnetConfiguration.builder()
                                .name("public") // the NAT gateways only
                                .subnetType(SubnetType.PUBLIC)
                                .cidrMask(26)
                                .mapPublicIpOnLaunch(false)
                                .build()))
                .restrictDefaultSecurityGroup(true)
                .build();

        // gateway endpoints are free, and keep the worker's DynamoDB and S3 traffic off the NAT gateway's per-GB fee
        List<SubnetSelection> privateSubnets = List.of(isolatedSubnets(), egressSubnets());
        vpc.addGatewayEndpoint("DynamoDbEndpoint", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.DYNAMODB).subnets(privateSubnets).build());
        vpc.addGatewayEndpoint("S3Endpoint", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).subnets(privateSubnets).build());

        Map<String, IInterfaceVpcEndpointService> interfaceEndpoints = new LinkedHashMap<>();
        interfaceEndpoints.put("SesEndpoint", InterfaceVpcEndpointAwsService.EMAIL); // the SES API ("email"), not SMTP
        interfaceEndpoints.put("SnsEndpoint", InterfaceVpcEndpointAwsService.SNS);
        interfaceEndpoints.put("SqsEndpoint", InterfaceVpcEndpointAwsService.SQS);
        interfaceEndpoints.put("SecretsManagerEndpoint", InterfaceVpcEndpointAwsService.SECRETS_MANAGER);
        // with private DNS these answer for the whole VPC, so the worker in the egress subnets uses them too
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
        importerSecurityGroup = SecurityGroup.Builder.create(this, "ImporterSecurityGroup")
                .vpc(vpc)
                .description("Bazaar import worker: outbound to the shops it crawls, the VPC endpoints and the database")
                .allowAllOutbound(true)
                .build();
    }

    /** The subnets of the database and the API functions: no route to or from the internet. */
    public static SubnetSelection isolatedSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    }

    /** The import worker's subnets: private, with a route out to the internet through a NAT gateway. */
    public static SubnetSelection egressSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
    }

    public IVpc vpc() {
        return vpc;
    }

    /** The security group of every API function; the database admits it. */
    public ISecurityGroup functionsSecurityGroup() {
        return functionsSecurityGroup;
    }

    /** The import worker's own security group; the database admits it too. */
    public ISecurityGroup importerSecurityGroup() {
        return importerSecurityGroup;
    }
}
