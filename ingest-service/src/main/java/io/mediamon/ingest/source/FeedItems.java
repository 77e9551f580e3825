package io.mediamon.ingest.source;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCSubject;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import io.mediamon.ingest.model.ArticleSubmission;
import io.mediamon.ingest.page.BlockText;
import io.mediamon.ingest.page.PageExtractor;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.Jsoup;

/**
 * Turns a parsed feed item (any dialect Rome reads: RSS 0.9x, 1.0, 2.0, Atom 0.3, 1.0) into a submission.
 * <ul>
 *   <li>Outlet: the item's {@code <source>}, then the feed's configured name, then the link's host; never a
 *       relay's host (news.google.com and the like).</li>
 *   <li>URL: the publisher's link; a relay link is kept as {@code relayUrl}.</li>
 *   <li>Body: the longer of content and description, HTML turned into paragraphs; a whole HTML page is left
 *       for page extraction.</li>
 *   <li>Categories become {@code sourceCategories}; {@code media:content}, {@code media:thumbnail} or an image
 *       enclosure the image.</li>
 * </ul>
 */
final class FeedItems {
    private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");

    private FeedItems() {
    }

    /** The key an item is remembered by: its guid or id, else its link, else its title. */
    static String key(SyndEntry entry) {
        if (entry.getUri() != null && !entry.getUri().isBlank()) {
            return entry.getUri().strip();
        }
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        return "title:" + entry.getTitle();
    }

    static ArticleSubmission toSubmission(SyndEntry entry, SyndFeed feed, FeedSpec spec) {
        String link = link(entry);
        String url = link;
        String relay = null;
        if (link != null && RelayLinks.isRelay(link)) {
            relay = link;
            url = RelayLinks.target(link);
        }
        String outlet = first(sourceName(entry), spec == null ? null : spec.outlet(),
                url == null ? null : hostOutlet(url));
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new ArticleSubmission(entry.getTitle() == null ? null : text(entry.getTitle()), body(entry), url,
                outlet, author(entry), feed.getLanguage(), date == null ? null : date.toInstant().toString(), relay,
                categories(entry), image(entry));
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && (link.getRel() == null || "alternate".equals(link.getRel()))) {
                return link.getHref().strip();
            }
        }
        String uri = entry.getUri();
        return uri != null && uri.startsWith("http") ? uri.strip() : null;
    }

    /** RSS 2.0 {@code <source url="...">Name</source>} or Atom {@code <source><title>}. */
    private static String sourceName(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item && item.getSource() != null) {
            return blankToNull(item.getSource().getValue());
        }
        if (wire instanceof Entry atom && atom.getSource() != null && atom.getSource().getTitleEx() != null) {
            return blankToNull(text(atom.getSource().getTitleEx().getValue()));
        }
        if (entry.getSource() != null) {
            return blankToNull(entry.getSource().getTitle());
        }
        return null;
    }

    private static String hostOutlet(String url) {
        String host = RelayLinks.host(url);
        if (host == null) {
            return null;
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String body(SyndEntry entry) {
        StringBuilder content = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            if (part.getValue() != null) {
                content.append(part.getValue()).append('\n');
            }
        }
        String description = entry.getDescription() == null ? null : entry.getDescription().getValue();
        if (PageExtractor.isHtmlDocument(content.toString())) {
            return content.toString();
        }
        String contentText = text(content.toString());
        String descriptionText = description == null ? "" : text(description);
        return contentText.length() >= descriptionText.length() ? contentText : descriptionText;
    }

    /** HTML (or plain text with entities) as paragraphs of plain text. */
    static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        return BlockText.of(Jsoup.parseBodyFragment(html).body());
    }

    private static String author(SyndEntry entry) {
        String author = blankToNull(entry.getAuthor());
        if (author == null && !entry.getAuthors().isEmpty()) {
            author = blankToNull(entry.getAuthors().get(0).getName());
        }
        return author;
    }

    private static List<String> categories(SyndEntry entry) {
        List<String> out = new ArrayList<>();
        for (SyndCategory category : entry.getCategories()) {
            String name = blankToNull(category.getName());
            if (name != null && !out.contains(name)) {
                out.add(name);
            }
        }
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            for (DCSubject subject : dc.getSubjects()) {
                String name = blankToNull(subject.getValue());
                if (name != null && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    private static String image(SyndEntry entry) {
        for (Element element : entry.getForeignMarkup()) {
            if (MEDIA.equals(element.getNamespace())) {
                String found = mediaUrl(element);
                if (found != null) {
                    return found;
                }
            }
        }
        if (entry.getWireEntry() instanceof Item item) {
            for (Enclosure enclosure : item.getEnclosures()) {
                if (enclosure.getType() != null && enclosure.getType().startsWith("image/")) {
                    return enclosure.getUrl();
                }
            }
        }
        return null;
    }

    private static String mediaUrl(Element element) {
        String name = element.getName();
        if ("content".equals(name) || "thumbnail".equals(name)) {
            String medium = element.getAttributeValue("medium");
            String type = element.getAttributeValue("type");
            boolean image = medium == null && type == null || "image".equals(medium)
                    || type != null && type.startsWith("image/");
            if (image && blankToNull(element.getAttributeValue("url")) != null) {
                return element.getAttributeValue("url").strip();
            }
        }
        if ("group".equals(name)) {
            for (Element child : element.getChildren()) {
                String found = mediaUrl(child);
                if (found != null) {
                    return found;
                }
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
