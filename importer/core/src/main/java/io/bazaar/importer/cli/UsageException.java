package io.bazaar.importer.cli;

/** Bad command-line arguments; Main prints the message and the usage to stderr and exits with 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
