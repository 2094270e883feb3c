package io.bazaar.localenv;

import java.util.List;
import java.util.Locale;

/** An e-mail the application sent through SES, as the emulator captured it. */
public record SentEmail(String source, List<String> destinations, String subject, String body) {

    public SentEmail {
        destinations = List.copyOf(destinations);
    }

    /** True when this e-mail went to the address (To, Cc or Bcc, also as "Name &lt;address&gt;"), ignoring case. */
    public boolean isTo(String address) {
        String wanted = address.toLowerCase(Locale.ROOT);
        return destinations.stream().map(destination -> destination.toLowerCase(Locale.ROOT))
                .anyMatch(destination -> destination.equals(wanted) || destination.endsWith("<" + wanted + ">"));
    }
}
