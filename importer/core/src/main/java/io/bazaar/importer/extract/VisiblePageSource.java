package io.bazaar.importer.extract;

import io.bazaar.importer.price.ParsedPrice;
import io.bazaar.importer.price.PriceParser;
import java.net.URI;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The last resort for pages without structured data: the product name is the h1 and the price is the one
 * written closest to the h1 and the buy button, skipping struck-through list prices and the prices of
 * recommended products.
 */
final class VisiblePageSource implements ListingSource {

    private static final int MAX_PRICE_TEXT = 40;
    private static final Set<String> BUYABLE = Set.of("button", "a", "input");
    private static final Set<String> NOT_PRICES = Set.of("script", "style", "h1", "title", "option");
    private static final Set<String> STRUCK = Set.of("del", "s", "strike");
    private static final Pattern STRUCK_CLASS = Pattern.compile("(?i)(^|[\\s_-])(old|was|list|strike|strikethrough|crossed|compare)([\\s_-]|price|$)");
    private static final Pattern RECOMMENDATIONS = Pattern.compile("(?i)related|recommend|similar|also|upsell|cross-?sell");
    private static final Pattern BUY = Pattern.compile(
            "(?i)add to (cart|bag|basket)|buy now|in den warenkorb|ajouter au panier|加入购物车|立即购买|カートに入れる|장바구니");

    @Override
    public Optional<Listing> extract(Document page, URI url) {
        Element title = page.selectFirst("h1");
        if (title == null || title.text().isBlank()) {
            return Optional.empty();
        }
        Elements all = page.getAllElements();
        Map<Element, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        Optional<Element> buy = all.stream().filter(e -> BUYABLE.contains(e.normalName())
                && (BUY.matcher(e.text()).find() || BUY.matcher(e.attr("value")).find())).findFirst();
        int titleAt = order.get(title);
        int buyAt = buy.map(order::get).orElse(titleAt);
        Map<Element, Optional<ParsedPrice>> prices = prices(all);
        Optional<ParsedPrice> price = all.stream().filter(e -> isPriceLeaf(e, prices)).filter(e -> !isStruck(e))
                .filter(e -> !inRecommendations(e))
                .min(Comparator.comparingInt(e -> distance(order.get(e), titleAt, buyAt)))
                .flatMap(prices::get);
        Element description = page.selectFirst("meta[name=description]");
        List<String> images = Optional.ofNullable(page.selectFirst("meta[property=og:image]"))
                .flatMap(m -> PageUrls.absolute(url, m.attr("content"))).stream().toList();
        return Optional.of(new Listing(title.text().strip(), description == null ? null : description.attr("content"),
                null, null, null, null, price.map(ParsedPrice::amount).orElse(null), price.map(ParsedPrice::currency).orElse(null),
                null, images, Breadcrumbs.visible(page), List.of(), null, "page"));
    }

    private static int distance(int at, int titleAt, int buyAt) {
        return Math.abs(at - titleAt) + Math.abs(at - buyAt);
    }

    /** An element whose text is a price with a currency and none of whose children is one by itself. */
    private static boolean isPriceLeaf(Element element, Map<Element, Optional<ParsedPrice>> prices) {
        return prices.get(element).isPresent() && element.children().stream().noneMatch(c -> prices.get(c).isPresent());
    }

    /**
     * The price each element's text reads as, decided once per element. Text is only assembled for elements short
     * enough to be a price: their visible characters are counted bottom-up in one pass (children follow their
     * parents in document order), so a page costs one walk instead of one {@code text()} of every subtree.
     */
    private static Map<Element, Optional<ParsedPrice>> prices(Elements all) {
        Map<Element, Integer> visible = new IdentityHashMap<>();
        Map<Element, Optional<ParsedPrice>> prices = new IdentityHashMap<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            int count = 0;
            for (TextNode text : element.textNodes()) {
                count += nonBlank(text.text());
            }
            for (Element child : element.children()) {
                count += visible.get(child);
            }
            visible.put(element, count);
            prices.put(element, count > MAX_PRICE_TEXT || count == 0 || NOT_PRICES.contains(element.normalName())
                    ? Optional.empty() : price(element.text()));
        }
        return prices;
    }

    private static Optional<ParsedPrice> price(String text) {
        return text.length() <= MAX_PRICE_TEXT && text.chars().anyMatch(Character::isDigit)
                ? PriceParser.parse(text, Optional.empty()) : Optional.empty();
    }

    private static int nonBlank(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isStruck(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (STRUCK.contains(e.normalName()) || STRUCK_CLASS.matcher(e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRecommendations(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (RECOMMENDATIONS.matcher(e.className() + " " + e.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
