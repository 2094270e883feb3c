package io.bazaar.platform.aws;

/**
 * A DynamoDB table an area uses: every Bazaar table is keyed by the string attribute {@code id} and expires items
 * through the TTL attribute {@code expiresAt} (epoch seconds). A table whose items are read as ordered ranges of one
 * key (the staff audit log: a merchant's entries by time) also has the string sort key {@link #SORT_KEY}. Areas
 * declare theirs as CDI beans so the local bootstrap can create them; in AWS infra/ creates the same tables.
 *
 * @param sorted whether the table has the sort key {@link #SORT_KEY} besides the partition key {@link #KEY}
 */
public record DynamoTable(String name, boolean sorted) {

    public static final String KEY = "id";
    /** The sort key of a {@link #sorted()} table (a string). */
    public static final String SORT_KEY = "sk";
    public static final String TTL = "expiresAt";

    /** A table keyed by {@link #KEY} alone, as most are. */
    public DynamoTable(String name) {
        this(name, false);
    }

    /** The full table name with the deployment's prefix. */
    public String fullName(AwsConfig config) {
        return config.tablePrefix() + name;
    }
}
