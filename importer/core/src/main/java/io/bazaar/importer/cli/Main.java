package io.bazaar.importer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bazaar.importer.crawl.Crawler;
import io.bazaar.importer.price.Currencies;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Entry point of {@code bin/bazaar-import}: parses the arguments, runs a command, maps the outcome to an exit code. */
public final class Main {

    static final int OK = 0;
    static final int SOME_PAGE_WITHOUT_PRODUCT = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: bazaar-import extract [--jsonl] [--base-url URL] FILE|URL...
                   bazaar-import price [--currency-hint CODE] TEXT...""";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Main() {
    }

    public static void main(String[] args) {
        // JSON is UTF-8 whatever the platform's default encoding; names in Chinese or Japanese must survive
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command, printing results to {@code out} and problems to {@code err}; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
            return switch (args[0]) {
                case "extract" -> extract(rest, out);
                case "price" -> price(rest, out);
                case "-h", "--help", "help" -> {
                    out.println(USAGE_TEXT);
                    yield OK;
                }
                default -> throw new UsageException("unknown command " + args[0]);
            };
        } catch (UsageException e) {
            err.println("bazaar-import: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
    }

    private static int extract(List<String> args, PrintStream out) throws UsageException {
        boolean jsonl = args.remove("--jsonl");
        Optional<String> base = option(args, "--base-url");
        Optional<URI> baseUrl = base.isPresent() ? Optional.of(baseUrl(base.get())) : Optional.empty();
        List<String> pages = operands(args, "FILE or URL");
        List<ObjectNode> results;
        try (Crawler crawler = new Crawler(FetchSettings.fromSystemProperties())) {
            results = new ExtractCommand(crawler).run(pages, baseUrl);
        }
        print(results, jsonl, out);
        return results.stream().anyMatch(r -> r.has("error")) ? SOME_PAGE_WITHOUT_PRODUCT : OK;
    }

    private static int price(List<String> args, PrintStream out) throws UsageException {
        Optional<String> hint = option(args, "--currency-hint");
        if (hint.isPresent() && Currencies.known(hint.get()).isEmpty()) {
            throw new UsageException("--currency-hint must be an ISO 4217 code such as EUR, not " + hint.get());
        }
        List<ObjectNode> results = PriceCommand.run(operands(args, "TEXT"), hint);
        print(results, true, out);
        return results.stream().anyMatch(r -> r.has("error")) ? SOME_PAGE_WITHOUT_PRODUCT : OK;
    }

    private static URI baseUrl(String text) throws UsageException {
        try {
            URI url = new URI(text);
            if (url.getScheme() != null && url.getScheme().matches("(?i)https?|file")) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below like any other unusable base URL
        }
        throw new UsageException("--base-url must be an absolute http(s) or file URL, not " + text);
    }

    /** Removes {@code name VALUE} (or {@code name=VALUE}) from the arguments and returns the value. */
    private static Optional<String> option(List<String> args, String name) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(name + "=")) {
                args.remove(i);
                return Optional.of(arg.substring(name.length() + 1));
            }
            if (arg.equals(name)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(name + " needs a value");
                }
                args.remove(i);
                return Optional.of(args.remove(i));
            }
        }
        return Optional.empty();
    }

    private static List<String> operands(List<String> args, String what) throws UsageException {
        Optional<String> unknown = args.stream().filter(a -> a.startsWith("--")).findFirst();
        if (unknown.isPresent()) {
            throw new UsageException("unknown option " + unknown.get());
        }
        if (args.isEmpty()) {
            throw new UsageException("give at least one " + what);
        }
        return args;
    }

    private static void print(List<ObjectNode> results, boolean jsonl, PrintStream out) {
        try {
            if (jsonl) {
                for (ObjectNode result : results) {
                    out.println(JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
                }
            } else {
                out.println(JSON.writeValueAsString(results));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
