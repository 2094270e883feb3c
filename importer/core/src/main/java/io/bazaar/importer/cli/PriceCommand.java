package io.bazaar.importer.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bazaar.importer.price.ParsedPrice;
import io.bazaar.importer.price.PriceParser;
import java.util.List;
import java.util.Optional;

/** {@code bazaar-import price}: shows how the importer reads price texts, one JSON object per text. */
final class PriceCommand {

    private PriceCommand() {
    }

    static List<ObjectNode> run(List<String> texts, Optional<String> currencyHint) {
        return texts.stream().map(text -> {
            ObjectNode result = ListingJson.object();
            result.put("input", text);
            Optional<ParsedPrice> price = PriceParser.parse(text, currencyHint);
            if (price.isEmpty()) {
                result.put("error", "no price found");
                return result;
            }
            ParsedPrice p = price.get();
            result.put("amount", p.amountDecimal());
            result.put("currency", p.currency());
            result.put("amountMinor", p.amountMinor());
            p.upTo().ifPresent(upTo -> result.put("upTo", ListingJson.price(upTo, p.currency())));
            result.put("from", p.from());
            result.put("free", p.free());
            return result;
        }).toList();
    }
}
