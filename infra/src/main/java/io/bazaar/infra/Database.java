package io.bazaar.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/** The relational store: Aurora PostgreSQL Serverless v2 in the isolated subnets, its credentials generated into Secrets Manager. */
public final class Database extends Construct {

    /** The database the functions connect to. */
    public static final String DATABASE_NAME = "bazaar";
    /** The master user the generated secret is for. */
    public static final String MASTER_USER = "bazaar";

    private final DatabaseCluster cluster;

    public Database(Construct scope, String id, StackSettings settings, Network network) {
        super(scope, id);
        cluster = DatabaseCluster.Builder.create(this, "Cluster")
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_16_13)
                        .build()))
                .writer(ClusterInstance.serverlessV2("Writer", ServerlessV2ClusterInstanceProps.builder()
                        .publiclyAccessible(false)
                        .build()))
                // 0.5 ACU rather than 0 (auto-pause): resuming takes longer than the functions' 15 s timeout
                .serverlessV2MinCapacity(0.5)
                .serverlessV2MaxCapacity(4)
                .credentials(Credentials.fromGeneratedSecret(MASTER_USER, CredentialsBaseOptions.builder()
                        .secretName("bazaar/" + settings.stage() + "/database")
                        .build()))
                .defaultDatabaseName(DATABASE_NAME)
                .vpc(network.vpc())
                .vpcSubnets(Network.isolatedSubnets())
                .storageEncrypted(true)
                .backup(BackupProps.builder().retention(Duration.days(7)).build())
                .deletionProtection("prod".equals(settings.stage()))
                .removalPolicy(RemovalPolicy.SNAPSHOT)
                .build();
    }

    /** Lets {@code clients} (described as {@code who}) open connections to the database port. */
    public void allowConnectionsFrom(ISecurityGroup clients, String who) {
        cluster.getConnections().allowDefaultPortFrom(clients, who);
    }

    /** The generated credentials (JSON: username, password, host, port, dbname). */
    public ISecret secret() {
        ISecret secret = cluster.getSecret();
        if (secret == null) {
            throw new IllegalStateException("the cluster was created without a generated secret");
        }
        return secret;
    }

    /** URL for Quarkus' reactive PostgreSQL client (QUARKUS_DATASOURCE_REACTIVE_URL). */
    public String reactiveUrl() {
        return "postgresql://" + cluster.getClusterEndpoint().getSocketAddress() + "/" + DATABASE_NAME;
    }

    /** JDBC URL of the same database (QUARKUS_DATASOURCE_JDBC_URL, e.g. for schema migrations). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + cluster.getClusterEndpoint().getSocketAddress() + "/" + DATABASE_NAME;
    }
}
