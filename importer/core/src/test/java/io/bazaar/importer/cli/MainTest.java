package io.bazaar.importer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as a user runs it: arguments in, JSON and exit codes out; no network. */
class MainTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Outcome(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }

        List<JsonNode> lines() throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.strip().split("\n")) {
                lines.add(JSON.readTree(line));
            }
            return lines;
        }
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String page(String name) {
        try {
            return Path.of(MainTest.class.getResource("/pages/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void extractPrintsAPrettyJsonArrayWithDecimalPrices() throws IOException {
        Outcome outcome = run("extract", page("jsonld-plain.html"), page("jsonld-product-group.html"));
        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode pages = outcome.json();
        assertEquals(2, pages.size());
        JsonNode aurora = pages.get(0);
        assertEquals(page("jsonld-plain.html"), aurora.get("file").asText());
        assertEquals("Aurora Wireless Headphones", aurora.get("name").asText());
        assertEquals("1299.00", aurora.get("price").asText());
        assertEquals("EUR", aurora.get("currency").asText());
        assertEquals("InStock", aurora.get("availability").asText());
        assertEquals("json-ld", aurora.get("source").asText());
        assertEquals("4.6", aurora.at("/rating/value").asText());
        JsonNode tee = pages.get(1);
        assertEquals("17.50", tee.get("price").asText());
        assertEquals("Red", tee.at("/variants/1/attributes/color").asText());
        assertEquals("21.99", tee.at("/variants/1/price").asText());
        assertTrue(outcome.out().contains("\n  "), "pretty printed");
    }

    @Test
    void extractJsonlPrintsOneObjectPerLine() throws IOException {
        Outcome outcome = run("extract", "--jsonl", page("microdata.html"), page("opengraph.html"));
        assertEquals(0, outcome.exitCode());
        List<JsonNode> lines = outcome.lines();
        assertEquals(2, lines.size());
        assertEquals("microdata", lines.get(0).get("source").asText());
        assertEquals("opengraph", lines.get(1).get("source").asText());
    }

    @Test
    void baseUrlMakesRelativeImagesAbsolute() throws IOException {
        Outcome outcome = run("extract", "--jsonl", "--base-url", "https://shoes.example.org/p/trail", page("microdata.html"));
        assertEquals("https://shoes.example.org/p/images/trail.jpg", outcome.lines().get(0).at("/images/0").asText());
    }

    @Test
    void pageWithoutProductIsPrintedWithAnErrorAndExitCodeOne() throws IOException {
        Outcome outcome = run("extract", "--jsonl", page("no-product.html"), page("rdfa.html"));
        assertEquals(1, outcome.exitCode());
        List<JsonNode> lines = outcome.lines();
        assertEquals("no product found", lines.get(0).get("error").asText());
        assertEquals("Desk Lamp Halo", lines.get(1).get("name").asText());
    }

    @Test
    void missingFileIsAnErrorForThatPageOnly() throws IOException {
        Outcome outcome = run("extract", "--jsonl", "/no/such/page.html");
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.lines().get(0).get("error").asText().startsWith("cannot read"));
    }

    @Test
    void loopbackUrlIsRefusedWithoutFetching() throws IOException {
        Outcome outcome = run("extract", "--jsonl", "http://127.0.0.1/");
        assertEquals(1, outcome.exitCode());
        JsonNode result = outcome.lines().get(0);
        assertEquals("http://127.0.0.1/", result.get("url").asText());
        assertTrue(result.get("error").asText().contains("non-public address 127.0.0.1"), result.toString());
    }

    @Test
    void cloudMetadataAddressIsRefused() throws IOException {
        Outcome outcome = run("extract", "--jsonl", "http://169.254.169.254/latest/meta-data/");
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.lines().get(0).get("error").asText().contains("non-public address 169.254.169.254"));
    }

    @Test
    void fileUrlIsRefusedBecauseOnlyHttpIsFetched() throws IOException {
        Outcome outcome = run("extract", "--jsonl", "file:///etc/passwd");
        assertEquals(1, outcome.exitCode());
        assertTrue(outcome.lines().get(0).get("error").asText().contains("only http and https"));
    }

    @Test
    void priceCommandPrintsAmountCurrencyAndFlags() throws IOException {
        Outcome outcome = run("price", "1.299,00 €", "from $9", "$10 - $20", "Gratis");
        assertEquals(0, outcome.exitCode(), outcome.err());
        List<JsonNode> lines = outcome.lines();
        assertEquals("1.299,00 €", lines.get(0).get("input").asText());
        assertEquals("1299.00", lines.get(0).get("amount").asText());
        assertEquals("EUR", lines.get(0).get("currency").asText());
        assertEquals(129900, lines.get(0).get("amountMinor").asLong());
        assertTrue(lines.get(1).get("from").asBoolean());
        assertEquals("20.00", lines.get(2).get("upTo").asText());
        assertTrue(lines.get(3).get("free").asBoolean());
        assertFalse(lines.get(0).get("free").asBoolean());
    }

    @Test
    void currencyHintPicksTheDollarAndTheYen() throws IOException {
        Outcome outcome = run("price", "--currency-hint", "JPY", "¥1299");
        assertEquals("JPY", outcome.lines().get(0).get("currency").asText());
        assertEquals("1299", outcome.lines().get(0).get("amount").asText());
    }

    @Test
    void textWithoutPriceGivesExitCodeOne() throws IOException {
        Outcome outcome = run("price", "call us");
        assertEquals(1, outcome.exitCode());
        assertEquals("no price found", outcome.lines().get(0).get("error").asText());
    }

    @Test
    void usageErrorsGoToStderrWithExitCodeTwo() {
        for (String[] args : List.of(new String[0], new String[] {"frobnicate"}, new String[] {"extract"},
                new String[] {"extract", "--pretty", "a.html"}, new String[] {"price", "--currency-hint"},
                new String[] {"price", "--currency-hint", "DOLLARS", "$5"}, new String[] {"extract", "--base-url", "shop", "a.html"},
                new String[] {"extract", "--base-url", "http://bad url/", "a.html"})) {
            Outcome outcome = run(args);
            assertEquals(2, outcome.exitCode(), String.join(" ", args));
            assertEquals("", outcome.out());
            assertTrue(outcome.err().startsWith("bazaar-import: "), outcome.err());
        }
    }
}
