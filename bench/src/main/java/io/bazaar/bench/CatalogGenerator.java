package io.bazaar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.bazaar.catalog.search.SearchText;

/**
 * Writes a realistic catalog straight into PostgreSQL for benchmarks: products with English or Chinese names built
 * from category vocabularies, brands and tags per merchant, 1-4 SKUs each, sales and views spread like a long tail,
 * and search vectors computed with the same {@link SearchText} split the application uses.
 */
public final class CatalogGenerator {

    private record Vocabulary(long categoryId, List<String> nounsEn, List<String> nounsZh, List<String> colours) {
    }

    private static final List<String> ADJECTIVES_EN = List.of("Wireless", "Classic", "Organic", "Premium", "Compact",
            "Waterproof", "Lightweight", "Vintage", "Ergonomic", "Slim", "Heavy-duty", "Portable", "Smart", "Soft");
    private static final List<String> ADJECTIVES_ZH = List.of("无线", "经典", "有机", "高端", "迷你", "防水", "轻便", "复古",
            "人体工学", "超薄", "加厚", "便携", "智能", "柔软");
    private static final List<String> BRANDS = List.of("Acme", "Nordwind", "Sakura", "Lumen", "Kestrel", "华为", "小米",
            "安踏", "Orbis", "Vela", "Tidal", "北极绒");
    private static final List<String> TAGS = List.of("new", "sale", "bestseller", "gift", "eco", "limited", "包邮", "爆款");
    private static final List<Vocabulary> VOCABULARIES = List.of(
            new Vocabulary(3, List.of("Headphones", "Earbuds", "Headset"), List.of("蓝牙耳机", "耳机", "头戴式耳机"), List.of("black", "white")),
            new Vocabulary(4, List.of("Phone Case", "Charger", "Smartphone"), List.of("手机壳", "充电器", "智能手机"), List.of("black", "blue")),
            new Vocabulary(6, List.of("T-shirt", "Tee", "Polo Shirt"), List.of("T恤", "短袖", "POLO衫"), List.of("red", "blue", "green")),
            new Vocabulary(7, List.of("Running Shoes", "Sneakers", "Hiking Boots"), List.of("跑步鞋", "运动鞋", "登山靴"), List.of("black", "grey")),
            new Vocabulary(9, List.of("Kettle", "Frying Pan", "Knife Set"), List.of("电水壶", "平底锅", "刀具套装"), List.of("steel", "black")),
            new Vocabulary(10, List.of("Novel", "Cookbook", "Travel Guide"), List.of("小说", "菜谱", "旅行指南"), List.of("paperback", "hardcover")));

    private final Random random = new Random(42);

    /** Inserts {@code count} listed, approved products for {@code merchants} merchants; returns the time taken. */
    public long generate(Connection db, int count, int merchants) throws SQLException {
        long start = System.nanoTime();
        db.setAutoCommit(false);
        List<UUID> merchantIds = new ArrayList<>();
        List<long[]> brandIds = new ArrayList<>();
        List<long[]> tagIds = new ArrayList<>();
        for (int m = 0; m < merchants; m++) {
            UUID merchant = UUID.randomUUID();
            merchantIds.add(merchant);
            brandIds.add(terms(db, merchant, "BRAND", BRANDS));
            tagIds.add(terms(db, merchant, "TAG", TAGS));
        }
        try (PreparedStatement product = db.prepareStatement("""
                insert into products (id, merchant_id, category_id, brand_id, name, slug, description_html, currency,
                    status, listed, min_price_minor, max_price_minor, created_at, updated_at, listed_at, search_vector)
                values (?, ?, ?, ?, ?, ?, ?, 'CNY', 'APPROVED', true, ?, ?, ?, ?, ?,
                    setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('simple', ?), 'A') ||
                    setweight(to_tsvector('english', ?), 'B') || setweight(to_tsvector('simple', ?), 'B') ||
                    setweight(to_tsvector('english', ?), 'C') || setweight(to_tsvector('simple', ?), 'C'))""");
                PreparedStatement sku = db.prepareStatement("""
                        insert into skus (id, product_id, attributes, price_minor, stock, position)
                        values (?, ?, cast(? as jsonb), ?, ?, ?)""");
                PreparedStatement tag = db.prepareStatement("insert into product_terms (product_id, term_id) values (?, ?)");
                // the stats row is made by the catalog's trigger; total stock follows the SKUs by another
                PreparedStatement stats = db.prepareStatement(
                        "update product_stats set sales_count = ?, view_count = ? where product_id = ?")) {
            Instant now = Instant.now();
            for (int i = 0; i < count; i++) {
                int m = random.nextInt(merchants);
                Vocabulary vocabulary = VOCABULARIES.get(random.nextInt(VOCABULARIES.size()));
                boolean chinese = random.nextInt(3) == 0;
                int brand = random.nextInt(BRANDS.size());
                String name = chinese
                        ? BRANDS.get(brand) + " " + pick(ADJECTIVES_ZH) + pick(vocabulary.nounsZh()) + " " + (2020 + random.nextInt(7)) + "款"
                        : BRANDS.get(brand) + " " + pick(ADJECTIVES_EN) + " " + pick(vocabulary.nounsEn()) + " " + (100 + random.nextInt(900));
                String description = chinese ? "优质材料，舒适耐用，适合日常使用。" + name : "Made for everyday use. " + name + " with a two-year warranty.";
                UUID id = UUID.randomUUID();
                int skuCount = 1 + random.nextInt(4);
                long basePrice = 500 + random.nextInt(200_000);
                for (int s = 0; s < skuCount; s++) {
                    int stock = random.nextInt(10) == 0 ? 0 : random.nextInt(200);
                    sku.setObject(1, UUID.randomUUID());
                    sku.setObject(2, id);
                    sku.setString(3, "{\"colour\":\"" + vocabulary.colours().get(s % vocabulary.colours().size()) + "\",\"size\":\"" + "SMLX".charAt(s) + "\"}");
                    sku.setLong(4, basePrice + s * 100L);
                    sku.setInt(5, stock);
                    sku.setInt(6, s);
                    sku.addBatch();
                }
                String tagNames = "";
                long[] merchantTags = tagIds.get(m);
                int firstTag = random.nextInt(merchantTags.length);
                for (int t = 0; t < 1 + random.nextInt(2); t++) {
                    int tagIndex = (firstTag + t) % merchantTags.length;
                    tag.setObject(1, id);
                    tag.setLong(2, merchantTags[tagIndex]);
                    tag.addBatch();
                    tagNames += " " + TAGS.get(tagIndex);
                }
                SearchText n = SearchText.of(name);
                SearchText b = SearchText.of(BRANDS.get(brand) + tagNames);
                SearchText d = SearchText.of(description);
                Timestamp listed = Timestamp.from(now.minusSeconds(random.nextInt(365 * 24 * 3600)));
                int p = 1;
                product.setObject(p++, id);
                product.setObject(p++, merchantIds.get(m));
                product.setLong(p++, vocabulary.categoryId());
                product.setLong(p++, brandIds.get(m)[brand]);
                product.setString(p++, name);
                product.setString(p++, io.bazaar.catalog.product.Slugs.of(name));
                product.setString(p++, "<p>" + description + "</p>");
                product.setLong(p++, basePrice);
                product.setLong(p++, basePrice + (skuCount - 1) * 100L);
                product.setTimestamp(p++, listed);
                product.setTimestamp(p++, listed);
                product.setTimestamp(p++, listed);
                for (SearchText text : List.of(n, b, d)) {
                    product.setString(p++, text.words());
                    product.setString(p++, text.cjkTokens());
                }
                product.addBatch();
                stats.setLong(1, longTail(5_000));
                stats.setLong(2, longTail(100_000));
                stats.setObject(3, id);
                stats.addBatch();
                if (i % 1000 == 999 || i == count - 1) {
                    product.executeBatch();
                    sku.executeBatch();
                    stats.executeBatch();
                    tag.executeBatch();
                    db.commit();
                }
            }
        }
        try (Statement analyze = db.createStatement()) {
            db.setAutoCommit(true);
            analyze.execute("analyze products");
            analyze.execute("analyze skus");
            analyze.execute("analyze product_terms");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long[] terms(Connection db, UUID merchant, String kind, List<String> names) throws SQLException {
        long[] ids = new long[names.size()];
        try (PreparedStatement insert = db.prepareStatement(
                "insert into merchant_terms (merchant_id, kind, name) values (?, ?, ?) returning id")) {
            for (int i = 0; i < names.size(); i++) {
                insert.setObject(1, merchant);
                insert.setString(2, kind);
                insert.setString(3, names.get(i));
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** Most products sell little, a few sell a lot. */
    private long longTail(int max) {
        double u = random.nextDouble();
        return (long) (max * Math.pow(u, 6));
    }
}
