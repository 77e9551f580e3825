package io.mediamon.ingest.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.common.serde.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, in order of trust: schema.org JSON-LD (an Article or NewsArticle, also inside
 * {@code @graph}), then OpenGraph and {@code article:*} meta tags, then plain meta tags and
 * {@code <link rel=canonical>}.
 */
record PageMetadata(String headline, String publishedAt, String author, String canonicalUrl, String language,
                    String imageUrl, String siteName) {
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "webpage",
            "liveblogposting", "report", "scholarlyarticle", "techarticle");

    static PageMetadata read(Document document) {
        Tags tags = Tags.of(document);
        JsonNode ld = articleLd(tags);
        String headline = first(text(ld, "headline"), text(ld, "name"), meta(tags, "property", "og:title"),
                meta(tags, "name", "twitter:title"));
        String published = first(text(ld, "datePublished"), meta(tags, "property", "article:published_time"),
                meta(tags, "itemprop", "datePublished"), meta(tags, "name", "pubdate"),
                meta(tags, "name", "date"), meta(tags, "name", "dc.date"),
                meta(tags, "name", "parsely-pub-date"), timeElement(tags));
        String author = first(ldAuthors(ld), meta(tags, "name", "author"),
                meta(tags, "property", "article:author"), meta(tags, "name", "parsely-author"),
                meta(tags, "name", "dc.creator"));
        if (author != null && author.startsWith("http")) {
            author = null; // article:author is often a profile URL, not a name
        }
        String canonical = first(link(tags, "canonical"), meta(tags, "property", "og:url"), text(ld, "url"));
        Element root = document.selectFirst("html");
        String language = first(root == null ? null : root.attr("lang"),
                text(ld, "inLanguage"), meta(tags, "http-equiv", "content-language"),
                meta(tags, "property", "og:locale"));
        String image = first(meta(tags, "property", "og:image"), ldImage(ld));
        String siteName = first(meta(tags, "property", "og:site_name"), meta(tags, "name", "application-name"));
        return new PageMetadata(headline, published, author, canonical, language, image, siteName);
    }

    /** The elements metadata comes from, gathered in one walk over the page instead of one per question. */
    private record Tags(List<Element> meta, List<Element> links, List<Element> linkedData, List<Element> times) {
        static Tags of(Document document) {
            Tags tags = new Tags(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            ElementWalk.forEach(document, element -> {
                switch (element.normalName()) {
                    case "meta" -> tags.meta.add(element);
                    case "link" -> tags.links.add(element);
                    case "script" -> {
                        if (element.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                            tags.linkedData.add(element);
                        }
                    }
                    case "time" -> {
                        if (element.hasAttr("datetime")) {
                            tags.times.add(element);
                        }
                    }
                    default -> {
                    }
                }
            });
            return tags;
        }
    }

    private static JsonNode articleLd(Tags tags) {
        for (Element script : tags.linkedData()) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (IOException | RuntimeException e) {
                continue; // broken JSON-LD is common; the meta tags still count
            }
            JsonNode found = findArticle(root, 0);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (String type : types(node.get("@type"))) {
            if (ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT)) && (node.has("headline")
                    || node.has("datePublished") || !type.equalsIgnoreCase("webpage"))) {
                return node;
            }
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static List<String> types(JsonNode type) {
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        if (type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else {
            out.add(type.asText());
        }
        return out;
    }

    private static String ldAuthors(JsonNode ld) {
        if (ld == null || ld.get("author") == null) {
            return null;
        }
        JsonNode author = ld.get("author");
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isTextual() ? one.asText() : text(one, "name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String ldImage(JsonNode ld) {
        if (ld == null || ld.get("image") == null) {
            return null;
        }
        JsonNode image = ld.get("image");
        if (image.isArray() && !image.isEmpty()) {
            image = image.get(0);
        }
        return image.isTextual() ? image.asText() : text(image, "url");
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isValueNode() ? blankToNull(value.asText()) : null;
    }

    private static String meta(Tags tags, String attribute, String name) {
        for (Element meta : tags.meta()) {
            if (meta.attr(attribute).equalsIgnoreCase(name)) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String link(Tags tags, String rel) {
        for (Element link : tags.links()) {
            if (link.attr("rel").equalsIgnoreCase(rel)) {
                String href = blankToNull(link.absUrl("href"));
                return href != null ? href : blankToNull(link.attr("href"));
            }
        }
        return null;
    }

    /** The first {@code time[datetime]} inside an article or marked {@code pubdate}, in page order. */
    private static String timeElement(Tags tags) {
        for (Element time : tags.times()) {
            if (time.hasAttr("pubdate") || time.closest("article") != null) {
                return blankToNull(time.attr("datetime"));
            }
        }
        return null;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
