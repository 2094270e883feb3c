package io.bazaar.platform.aws;

/**
 * A DynamoDB table an area uses: every Bazaar table is keyed by the string attribute {@code id} and expires items
 * through the TTL attribute {@code expiresAt} (epoch seconds). Areas declare theirs as CDI beans so the local
 * bootstrap can create them; in AWS infra/ creates the same tables.
 */
public record DynamoTable(String name) {

    public static final String KEY = "id";
    public static final String TTL = "expiresAt";

    /** The full table name with the deployment's prefix. */
    public String fullName(AwsConfig config) {
        return config.tablePrefix() + name;
    }
}
