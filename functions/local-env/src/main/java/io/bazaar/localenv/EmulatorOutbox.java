package io.bazaar.localenv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the application sent by e-mail and SMS, read back from the AWS emulator so tests can follow verification codes. */
public final class EmulatorOutbox {

    static final String MOTO_OUTBOX = "/_bazaar/outbox";
    private static final String LOCALSTACK_EMAILS = "/_aws/ses";
    private static final String LOCALSTACK_SMS = "/_aws/sns/sms-messages";
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private volatile Boolean localStack;

    /** An outbox for the emulator at endpoint; whether it is moto or LocalStack is found out on first read. */
    public EmulatorOutbox(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** An outbox for a known kind of emulator. */
    public EmulatorOutbox(URI endpoint, boolean localStack) {
        this.endpoint = endpoint;
        this.localStack = localStack;
    }

    /** Every e-mail sent so far, oldest first. */
    public List<SentEmail> emails() {
        List<SentEmail> emails = new ArrayList<>();
        if (isLocalStack()) {
            for (JsonNode message : get(LOCALSTACK_EMAILS).path("messages")) {
                JsonNode destination = message.path("Destination");
                List<String> to = new ArrayList<>();
                for (String kind : List.of("ToAddresses", "CcAddresses", "BccAddresses")) {
                    destination.path(kind).forEach(address -> to.add(address.asText()));
                }
                JsonNode body = message.path("Body");
                String text = body.hasNonNull("text_part") ? body.path("text_part").asText()
                        : body.hasNonNull("html_part") ? body.path("html_part").asText() : message.path("RawData").asText("");
                emails.add(new SentEmail(message.path("Source").asText(""), to, message.path("Subject").asText(""), text));
            }
        } else {
            for (JsonNode message : get(MOTO_OUTBOX).path("emails")) {
                List<String> to = new ArrayList<>();
                message.path("destinations").forEach(address -> to.add(address.asText()));
                emails.add(new SentEmail(message.path("source").asText(""), to, message.path("subject").asText(""),
                        message.path("body").asText("")));
            }
        }
        return List.copyOf(emails);
    }

    /** Every SMS sent so far, oldest first (per phone number on LocalStack). */
    public List<SentSms> sms() {
        List<SentSms> sms = new ArrayList<>();
        if (isLocalStack()) {
            get(LOCALSTACK_SMS).path("sms_messages").forEach(messages -> messages.forEach(message -> sms.add(
                    new SentSms(message.path("PhoneNumber").asText(""), message.path("Message").asText("")))));
        } else {
            get(MOTO_OUTBOX).path("sms").forEach(message -> sms.add(
                    new SentSms(message.path("phoneNumber").asText(""), message.path("message").asText(""))));
        }
        return List.copyOf(sms);
    }

    /**
     * The six-digit code in the newest e-mail (subject or body) or SMS sent to the address or phone number, if that
     * message has one.
     */
    public Optional<String> lastSixDigitCodeSentTo(String emailOrPhone) {
        Optional<String> newest;
        if (emailOrPhone.contains("@")) {
            newest = emails().stream().filter(email -> email.isTo(emailOrPhone))
                    .reduce((older, newer) -> newer).map(email -> email.subject() + "\n" + email.body());
        } else {
            newest = sms().stream().filter(sms -> sms.isTo(emailOrPhone))
                    .reduce((older, newer) -> newer).map(SentSms::message);
        }
        return newest.map(SIX_DIGITS::matcher).filter(Matcher::find).map(matcher -> matcher.group(1));
    }

    private boolean isLocalStack() {
        if (localStack == null) {
            localStack = status(MOTO_OUTBOX) != 200;
        }
        return localStack;
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = send(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + endpoint.resolve(path) + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + endpoint.resolve(path) + " answered no JSON: " + response.body(), e);
        }
    }

    private int status(String path) {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the outbox at " + endpoint.resolve(path) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the outbox at " + endpoint, e);
        }
    }
}
