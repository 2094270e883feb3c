package io.bazaar.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Product pages as other shops serve them, for the importer benchmarks: the importer's own test fixtures (small, one
 * feature each) and generated full-size pages of 50-200 KB — a mega menu, inline CSS and a JS state blob, a gallery,
 * description, specification table, reviews, blocks of recommended products with their own prices, a footer — whose
 * product is given as JSON-LD, as microdata, or only as visible text (h1, a price next to the buy button, struck list
 * prices, many recommended-product prices around it). Deterministic: page {@code n} of a kind is always the same.
 */
final class ShopPages {

    /** Where the product's facts are on the page. */
    enum Kind {
        /** The importer's test fixtures, as they are. */
        FIXTURE("fixtures (importer test pages)"),
        JSON_LD("JSON-LD, 50-200 KB"),
        MICRODATA("microdata, 50-200 KB"),
        VISIBLE("visible price only, 50-200 KB");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /**
     * One page. {@code name} and {@code price} are what an extraction should find (null for fixtures: not checked).
     */
    record Page(Kind kind, String file, URI url, byte[] body, String name, BigDecimal price, String currency) {
    }

    private static final String[] ADJECTIVES = {"Wireless", "Ultra", "Compact", "Classic", "Pro", "Everyday", "Trail",
        "Urban", "Smart", "Premium", "Light", "Heavy-Duty", "Organic", "Vintage", "Foldable", "Insulated"};
    private static final String[] NOUNS = {"Headphones", "Backpack", "Kettle", "Running Shoe", "Desk Lamp", "Jacket",
        "Blender", "Water Bottle", "Keyboard", "Camping Stove", "Sunglasses", "Yoga Mat", "Coffee Grinder", "Phone Case"};
    private static final String[] ZH_NOUNS = {"无线蓝牙耳机", "双肩背包", "电热水壶", "跑步鞋", "护眼台灯", "羽绒服", "破壁料理机",
        "保温杯", "机械键盘", "户外炉具", "偏光太阳镜", "瑜伽垫", "磨豆机", "手机壳"};
    private static final String[] WORDS = ("the a of and to in for with on is this that it as are be by from at or your "
            + "quality design comfort battery fabric steel water light durable easy clean fits warranty delivery returns "
            + "colour size material weight everyday use travel home office outdoor premium soft strong charge fast great "
            + "value recommend bought gift works perfectly month week after before really nice little bit better than "
            + "expected price shipping arrived packaging sturdy feel sound noise grip sole zipper pocket strap handle")
            .split(" ");
    private static final String ZH_TEXT = "这款产品质量很好做工精细包装完好物流很快性价比高值得购买颜色和图片一样尺寸合适手感舒适续航时间长"
            + "声音清晰佩戴舒服客服态度好已经是第二次购买了推荐给朋友们材质不错没有异味功能齐全操作简单外观漂亮";
    /** About what {@code footer()} writes; kept free at the end when filling a page up to its size. */
    private static final int FOOTER_BYTES = 4_500;
    private static final String[] CATEGORIES = {"Electronics", "Audio", "Home & Kitchen", "Sports & Outdoors", "Clothing",
        "Shoes", "Office", "Beauty", "Toys", "Garden", "Books", "Pet Supplies"};

    private ShopPages() {
    }

    /** The importer's test pages ({@code *.html} in the directory), as fixtures with a made-up shop URL. */
    static List<Page> fixtures(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().map(f -> {
                try {
                    String file = f.getFileName().toString();
                    return new Page(Kind.FIXTURE, file, URI.create("https://shop.example.com/p/" + file.replace(".html", "")),
                            Files.readAllBytes(f), null, null, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixture pages in " + directory, e);
        }
    }

    /** {@code count} pages of the kind at {@code <base>/p/<n>}, sizes spread evenly from 50 to 200 KB. */
    static List<Page> generate(Kind kind, int count, String base) {
        List<Page> pages = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int target = count == 1 ? 100 * 1024 : 50 * 1024 + (int) ((long) n * 150 * 1024 / (count - 1));
            pages.add(generate(kind, n, target, base));
        }
        return pages;
    }

    /** Page {@code n} of the kind, at {@code <base>/p/<n>}, about {@code targetBytes} long. */
    static Page generate(Kind kind, int n, int targetBytes, String base) {
        return new Generator(kind, n, targetBytes, base).page();
    }

    /** Writes one page; every choice comes from a Random seeded with the kind and the page number. */
    private static final class Generator {
        private final Kind kind;
        private final int n;
        private final int target;
        private final String base;
        private final Random random;
        private final boolean chinese;
        private final String currency;
        private final String name;
        private final String brand;
        private final BigDecimal price;
        private final String[] trail;
        private final boolean group;
        private final StringBuilder html = new StringBuilder(256 * 1024);
        private int countedChars;
        private int countedBytes;

        Generator(Kind kind, int n, int target, String base) {
            this.kind = kind;
            this.n = n;
            this.target = target;
            this.base = base;
            this.random = new Random(kind.ordinal() * 1_000_003L + n);
            this.chinese = n % 3 == 2;
            this.currency = chinese ? "CNY" : n % 3 == 0 ? "USD" : "EUR";
            this.brand = "Brand " + (char) ('A' + n % 20);
            this.name = chinese ? brand + " " + ZH_NOUNS[n % ZH_NOUNS.length] + " X" + n
                    : pick(ADJECTIVES) + " " + NOUNS[n % NOUNS.length] + " " + (char) ('A' + random.nextInt(26)) + n;
            this.price = BigDecimal.valueOf(499 + random.nextInt(200_000), 2);
            String top = CATEGORIES[n % CATEGORIES.length];
            this.trail = new String[] {"Home", top, top + " " + pick(NOUNS)};
            this.group = kind == Kind.JSON_LD && n % 5 == 4;
        }

        Page page() {
            String url = base + "/p/" + n;
            html.append("<!doctype html>\n<html lang=\"").append(chinese ? "zh-CN" : "en").append("\"><head><meta charset=\"utf-8\">")
                    .append("<title>").append(escape(name)).append(" | Example Shop</title>")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                    .append("<meta name=\"description\" content=\"").append(escape(sentence(20))).append("\">")
                    .append("<link rel=\"canonical\" href=\"").append(url).append("\">");
            if (kind != Kind.VISIBLE) {
                html.append("<meta property=\"og:title\" content=\"").append(escape(name)).append("\">")
                        .append("<meta property=\"og:type\" content=\"product\">");
            }
            html.append("<meta property=\"og:image\" content=\"").append(base).append("/img/p").append(n).append(".png\">");
            for (int i = 0; i < 6; i++) {
                html.append("<link rel=\"stylesheet\" href=\"/assets/theme-").append(i).append(".css?v=").append(random.nextInt(99999)).append("\">");
            }
            style();
            stateScript();
            if (kind == Kind.JSON_LD) {
                jsonLd(url);
            }
            html.append("</head>\n<body class=\"template-product\">");
            header();
            html.append("<main id=\"main\">");
            breadcrumbs();
            product();
            int beforeFill = bytes();
            int room = Math.max(0, target - beforeFill - FOOTER_BYTES);
            int reviewBudget = kind == Kind.VISIBLE ? room / 5 : room * 2 / 5;
            reviews(beforeFill + reviewBudget);
            recommendations();
            html.append("</main>");
            footer();
            html.append("</body></html>\n");
            return new Page(kind, kind.name().toLowerCase() + "-" + n, URI.create(url), html.toString().getBytes(StandardCharsets.UTF_8),
                    name, price, currency);
        }

        /** UTF-8 length of the page so far (counted incrementally: Chinese pages have 3 bytes per character). */
        private int bytes() {
            for (; countedChars < html.length(); countedChars++) {
                char c = html.charAt(countedChars);
                countedBytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            return countedBytes;
        }

        private void style() {
            html.append("<style>");
            for (int i = 0; i < 60; i++) {
                html.append(".c").append(i).append("-").append(pick(WORDS)).append("{margin:").append(random.nextInt(24))
                        .append("px ").append(random.nextInt(24)).append("px;color:#").append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF)))
                        .append(";font-size:").append(12 + random.nextInt(10)).append("px}");
            }
            html.append("</style>");
        }

        /** The client-side state blob modern shop themes inline (not schema.org, so no extractor reads it). */
        private void stateScript() {
            html.append("<script>window.__SHOP_STATE__={\"locale\":\"").append(chinese ? "zh-CN" : "en-US").append("\",\"cart\":{\"items\":[],")
                    .append("\"total\":0},\"experiments\":{");
            for (int i = 0; i < 40; i++) {
                html.append(i == 0 ? "" : ",").append("\"exp_").append(i).append("\":\"").append(pick(WORDS)).append("-")
                        .append(random.nextInt(4)).append("\"");
            }
            html.append("},\"translations\":{");
            for (int i = 0; i < 120; i++) {
                html.append(i == 0 ? "" : ",").append("\"key.").append(pick(WORDS)).append(".").append(i).append("\":\"")
                        .append(sentence(6)).append("\"");
            }
            html.append("}};\nfunction track(e){(window.dataLayer=window.dataLayer||[]).push({event:e,ts:Date.now()})}</script>");
        }

        private void jsonLd(String url) {
            String images = "[\"" + base + "/img/p" + n + ".png\",\"" + base + "/img/shared-" + (n % 5) + ".png\"]";
            html.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",");
            if (group) {
                html.append("\"@type\":\"ProductGroup\",\"name\":").append(json(name)).append(",\"productGroupID\":\"G-").append(n)
                        .append("\",\"brand\":{\"@type\":\"Brand\",\"name\":").append(json(brand)).append("},\"image\":").append(images)
                        .append(",\"description\":").append(json(sentence(40))).append(",\"variesBy\":[\"https://schema.org/color\"],\"hasVariant\":[");
                String[] colours = {"Red", "Blue", "Black", "White", "Green"};
                for (int i = 0; i < colours.length; i++) {
                    html.append(i == 0 ? "" : ",").append("{\"@type\":\"Product\",\"sku\":\"SKU-").append(n).append("-").append(colours[i])
                            .append("\",\"color\":\"").append(colours[i]).append("\",\"offers\":{\"@type\":\"Offer\",\"price\":\"")
                            .append(i == 0 ? price : price.add(BigDecimal.valueOf(i))).append("\",\"priceCurrency\":\"").append(currency)
                            .append("\",\"availability\":\"https://schema.org/").append(i == 1 ? "OutOfStock" : "InStock").append("\"}}");
                }
                html.append("]");
            } else {
                html.append("\"@type\":\"Product\",\"name\":").append(json(name)).append(",\"sku\":\"SKU-").append(n)
                        .append("\",\"gtin13\":\"400638").append(String.format("%07d", n)).append("\",\"brand\":{\"@type\":\"Brand\",\"name\":")
                        .append(json(brand)).append("},\"image\":").append(images).append(",\"description\":").append(json(sentence(40)))
                        .append(",\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":\"").append(3 + random.nextInt(20) / 10.0)
                        .append("\",\"reviewCount\":\"").append(5 + random.nextInt(900)).append("\"},\"offers\":{\"@type\":\"Offer\",\"url\":\"")
                        .append(url).append("\",\"price\":\"").append(price).append("\",\"priceCurrency\":\"").append(currency)
                        .append("\",\"availability\":\"https://schema.org/InStock\",\"itemCondition\":\"https://schema.org/NewCondition\"},")
                        .append("\"review\":[");
                for (int i = 0; i < 5; i++) {
                    html.append(i == 0 ? "" : ",").append("{\"@type\":\"Review\",\"author\":{\"@type\":\"Person\",\"name\":\"Customer ")
                            .append(i).append("\"},\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":\"").append(1 + random.nextInt(5))
                            .append("\"},\"reviewBody\":").append(json(sentence(30))).append("}");
                }
                html.append("]");
            }
            html.append("}</script><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",")
                    .append("\"itemListElement\":[");
            for (int i = 0; i < trail.length; i++) {
                html.append(i == 0 ? "" : ",").append("{\"@type\":\"ListItem\",\"position\":").append(i + 1).append(",\"name\":")
                        .append(json(trail[i])).append(",\"item\":\"").append(base).append("/c/").append(i).append("\"}");
            }
            html.append("]}</script>");
        }

        private void header() {
            html.append("<header class=\"site-header\"><a class=\"logo\" href=\"/\"><img src=\"/assets/logo.svg\" alt=\"Example Shop\"></a>")
                    .append("<form action=\"/search\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"><button>Search</button></form>")
                    .append("<div class=\"cart-total\">").append(format(BigDecimal.ZERO.setScale(2))).append("</div><nav class=\"mega-menu\"><ul>");
            for (String category : CATEGORIES) {
                html.append("<li class=\"menu-item\"><a href=\"/c/").append(slug(category)).append("\">").append(escape(category))
                        .append("</a><ul class=\"submenu\">");
                for (int i = 0; i < 14; i++) {
                    String sub = pick(ADJECTIVES) + " " + pick(NOUNS);
                    html.append("<li><a href=\"/c/").append(slug(category)).append("/").append(slug(sub)).append("\">").append(sub).append("</a></li>");
                }
                html.append("</ul></li>");
            }
            html.append("</ul></nav></header>");
        }

        private void breadcrumbs() {
            html.append("<nav class=\"breadcrumbs\" aria-label=\"breadcrumb\"><ol>");
            for (String crumb : trail) {
                html.append("<li><a href=\"/c/").append(slug(crumb)).append("\">").append(escape(crumb)).append("</a></li>");
            }
            html.append("</ol></nav>");
        }

        private void product() {
            boolean micro = kind == Kind.MICRODATA;
            html.append("<div class=\"product\"").append(micro ? " itemscope itemtype=\"https://schema.org/Product\"" : "").append(">")
                    .append("<div class=\"gallery\">");
            for (int i = 0; i < 6; i++) {
                String src = i == 0 ? "/img/p" + n + ".png" : "/img/p" + n + "-" + i + ".jpg";
                html.append("<img").append(micro && i == 0 ? " itemprop=\"image\"" : "").append(" src=\"").append(src)
                        .append("\" srcset=\"").append(src).append("?w=400 400w, ").append(src).append("?w=800 800w\" alt=\"")
                        .append(escape(name)).append("\" loading=\"lazy\">");
            }
            html.append("</div><div class=\"summary\"><h1").append(micro ? " itemprop=\"name\"" : "").append(">").append(escape(name))
                    .append("</h1>");
            if (micro) {
                html.append("<div itemprop=\"brand\" itemscope itemtype=\"https://schema.org/Brand\"><span itemprop=\"name\">")
                        .append(escape(brand)).append("</span></div><meta itemprop=\"sku\" content=\"SKU-").append(n).append("\">");
            } else {
                html.append("<div class=\"brand\">").append(escape(brand)).append("</div>");
            }
            html.append("<div class=\"rating\">★★★★☆ <a href=\"#reviews\">").append(5 + random.nextInt(900)).append(" reviews</a></div>")
                    .append("<div class=\"pricing\"");
            if (micro) {
                html.append(" itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\"><meta itemprop=\"priceCurrency\" content=\"")
                        .append(currency).append("\"><link itemprop=\"availability\" href=\"https://schema.org/InStock\"")
                        .append("><span class=\"old-price\">").append(format(price.multiply(BigDecimal.valueOf(13, 1)).setScale(2, RoundingMode.HALF_UP)))
                        .append("</span> <span class=\"price-now\" itemprop=\"price\" content=\"").append(price).append("\">")
                        .append(format(price)).append("</span>");
            } else {
                html.append("><span class=\"old-price\">").append(format(price.multiply(BigDecimal.valueOf(13, 1)).setScale(2, RoundingMode.HALF_UP)))
                        .append("</span> <del>").append(format(price.multiply(BigDecimal.valueOf(12, 1)).setScale(2, RoundingMode.HALF_UP)))
                        .append("</del> <span class=\"price-now\">").append(format(price)).append("</span>");
            }
            html.append("<span class=\"tax-note\">").append(chinese ? "含税" : "incl. VAT, plus shipping").append("</span></div>")
                    .append("<form class=\"buy\" action=\"/cart/add\" method=\"post\"><label>").append(chinese ? "颜色" : "Colour")
                    .append("<select name=\"variant\">");
            for (String colour : new String[] {"Red", "Blue", "Black", "White"}) {
                html.append("<option value=\"").append(colour).append("\">").append(colour).append("</option>");
            }
            html.append("</select></label><input type=\"number\" name=\"qty\" value=\"1\" min=\"1\">")
                    .append("<button type=\"submit\" class=\"add\">").append(chinese ? "加入购物车" : "Add to cart").append("</button></form>")
                    .append("<ul class=\"usp\"><li>").append(chinese ? "满99元包邮" : "Free shipping over 50").append("</li><li>")
                    .append(chinese ? "7天无理由退货" : "30-day returns").append("</li></ul></div>")
                    .append("<div class=\"description\"").append(micro ? " itemprop=\"description\"" : "").append(">");
            for (int i = 0; i < 5; i++) {
                html.append("<p>").append(escape(sentence(60))).append("</p>");
            }
            html.append("</div><table class=\"specs\"><tbody>");
            for (int i = 0; i < 16; i++) {
                html.append("<tr><th>").append(pick(WORDS)).append(" ").append(pick(WORDS)).append("</th><td>").append(random.nextInt(500))
                        .append(" ").append(pick(new String[] {"mm", "g", "W", "h", "cm", "ml"})).append("</td></tr>");
            }
            html.append("</tbody></table></div>");
        }

        private void reviews(int untilLength) {
            html.append("<section id=\"reviews\" class=\"reviews\"><h2>").append(chinese ? "用户评价" : "Customer reviews").append("</h2>");
            boolean micro = kind == Kind.MICRODATA;
            for (int i = 0; bytes() < untilLength || i < 3; i++) {
                html.append("<article class=\"review\"").append(micro ? " itemprop=\"review\" itemscope itemtype=\"https://schema.org/Review\"" : "")
                        .append("><header><span class=\"author\"").append(micro ? " itemprop=\"author\"" : "").append(">Customer ").append(i)
                        .append("</span> <time datetime=\"2026-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                        .append("\">").append(1 + random.nextInt(28)).append(" days ago</time> <span class=\"stars\">");
                int stars = 1 + random.nextInt(5);
                if (micro) {
                    html.append("<span itemprop=\"reviewRating\" itemscope itemtype=\"https://schema.org/Rating\"><meta itemprop=\"ratingValue\" content=\"")
                            .append(stars).append("\"></span>");
                }
                html.append("★".repeat(stars)).append("☆".repeat(5 - stars)).append("</span></header><h3>").append(escape(sentence(5)))
                        .append("</h3><p").append(micro ? " itemprop=\"reviewBody\"" : "").append(">").append(escape(sentence(30 + random.nextInt(60))))
                        .append("</p><footer><button class=\"helpful\">Helpful (").append(random.nextInt(40)).append(")</button></footer></article>");
            }
            html.append("</section>");
        }

        /** Blocks of other products, each with its own price: what a visible-price reader must not take for this one's. */
        private void recommendations() {
            String[][] blocks = {{"related-products", chinese ? "看了又看" : "Customers also bought"},
                {"recommended-for-you", chinese ? "为你推荐" : "Recommended for you"},
                {"similar-items", chinese ? "相似商品" : "Similar items"},
                {"upsell bundle", chinese ? "搭配购买" : "Complete the look"}};
            int block = 0;
            while (bytes() < target - FOOTER_BYTES || block < 2) {
                String[] kindOfBlock = blocks[block % blocks.length];
                html.append("<section class=\"").append(kindOfBlock[0]).append(" carousel\"><h2>").append(kindOfBlock[1])
                        .append("</h2><div class=\"tiles\">");
                for (int i = 0; i < 24 && (bytes() < target - FOOTER_BYTES || i < 4); i++) {
                    int other = random.nextInt(100_000);
                    BigDecimal otherPrice = BigDecimal.valueOf(199 + random.nextInt(100_000), 2);
                    String otherName = chinese ? ZH_NOUNS[other % ZH_NOUNS.length] + " " + other : pick(ADJECTIVES) + " " + pick(NOUNS);
                    html.append("<div class=\"tile\"><a href=\"/p/").append(other).append("\"><img src=\"/img/p").append(other)
                            .append(".png\" alt=\"\" loading=\"lazy\"></a><a class=\"tile-name\" href=\"/p/").append(other).append("\">")
                            .append(escape(otherName)).append("</a><div class=\"tile-rating\">★★★★☆ (").append(random.nextInt(2000))
                            .append(")</div><span class=\"price\">").append(format(otherPrice)).append("</span>");
                    if (random.nextInt(3) == 0) {
                        html.append(" <s class=\"was\">").append(format(otherPrice.add(BigDecimal.TEN))).append("</s>");
                    }
                    html.append("<button class=\"quick-add\">").append(chinese ? "加入购物车" : "Add to cart").append("</button></div>");
                }
                html.append("</div></section>");
                block++;
            }
        }

        private void footer() {
            html.append("<footer class=\"site-footer\"><div class=\"columns\">");
            for (int c = 0; c < 5; c++) {
                html.append("<div class=\"column\"><h4>").append(pick(WORDS)).append("</h4><ul>");
                for (int i = 0; i < 12; i++) {
                    html.append("<li><a href=\"/pages/").append(pick(WORDS)).append("-").append(i).append("\">")
                            .append(pick(WORDS)).append(" ").append(pick(WORDS)).append("</a></li>");
                }
                html.append("</ul></div>");
            }
            html.append("</div><form class=\"newsletter\"><input type=\"email\" name=\"email\" placeholder=\"E-mail\"><button>Subscribe</button></form>")
                    .append("<p class=\"copyright\">© 2026 Example Shop. ").append(escape(sentence(40))).append("</p></footer>")
                    .append("<script>document.querySelectorAll('.quick-add').forEach(function(b){b.addEventListener('click',function(){track('quick_add')})});")
                    .append("track('view_item');</script>");
        }

        private String format(BigDecimal amount) {
            return switch (currency) {
                case "USD" -> "$" + String.format("%,.2f", amount);
                case "CNY" -> "¥" + amount.toPlainString();
                default -> String.format(java.util.Locale.GERMANY, "%,.2f", amount) + " €";
            };
        }

        private String sentence(int words) {
            if (chinese) {
                int start = random.nextInt(ZH_TEXT.length() - 20);
                StringBuilder text = new StringBuilder();
                while (text.length() < words * 2) {
                    text.append(ZH_TEXT, start, Math.min(ZH_TEXT.length(), start + 20)).append("，");
                    start = random.nextInt(ZH_TEXT.length() - 20);
                }
                return text.append("。").toString();
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < words; i++) {
                text.append(i == 0 ? "" : " ").append(pick(WORDS));
            }
            return text.append('.').toString();
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
