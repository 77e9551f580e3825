package io.mediamon.launcher.demo;

import io.mediamon.common.event.AlertEvent;
import io.mediamon.common.event.Evidence;
import io.mediamon.common.event.PartySentiment;
import io.mediamon.common.event.TaggedArticle;
import io.mediamon.common.event.TopicTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's summary: each seed article with its topics and parties' sentiment, and each alert. Rendered as
 * readable text for the terminal and as JSON for {@code --report}.
 */
public final class DemoReport {
    private DemoReport() {
    }

    public static Map<String, Object> json(List<TaggedArticle> articles, List<AlertEvent> alerts,
                                           Map<String, Object> extra) {
        List<Map<String, Object>> articleList = new ArrayList<>();
        for (TaggedArticle article : articles) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", article.id());
            a.put("title", article.displayTitle());
            a.put("receivedTitle", article.title());
            a.put("topics", article.topics().stream().map(TopicTag::label).toList());
            a.put("topicCodes", article.topics().stream().map(TopicTag::iptcCode).toList());
            List<Map<String, Object>> entities = new ArrayList<>();
            for (PartySentiment party : article.parties()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", party.name());
                e.put("entityId", party.entityId());
                e.put("mentions", party.mentions());
                e.put("sentiment", Map.of("label", party.sentiment().label(), "score", round(party.sentiment().score()),
                        "confidence", round(party.sentiment().confidence())));
                e.put("evidence", party.evidence().stream().map(Evidence::sentence).toList());
                entities.add(e);
            }
            a.put("entities", entities);
            a.put("promotional", article.flags() != null && article.flags().promotional());
            a.put("storyId", article.storyId());
            articleList.add(a);
        }
        List<Map<String, Object>> alertList = new ArrayList<>();
        for (AlertEvent event : alerts) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("entity", event.data().entityName());
            a.put("entityId", event.data().entityId());
            a.put("type", event.data().type().wire());
            a.put("status", event.data().status().wire());
            a.put("severity", event.data().severity().wire());
            a.put("count", event.data().count());
            a.put("baseline", round(event.data().baseline()));
            a.put("score", round(event.data().score()));
            a.put("reason", event.data().reason());
            a.put("alertId", event.data().alertId());
            alertList.add(a);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("articles", articleList);
        report.put("alerts", alertList);
        report.putAll(extra);
        return report;
    }

    public static String text(List<TaggedArticle> articles, List<AlertEvent> alerts) {
        StringBuilder out = new StringBuilder();
        out.append("\n=== mediamon demo: ").append(articles.size()).append(" seed articles ===\n");
        for (TaggedArticle article : articles) {
            out.append("\n• ").append(article.displayTitle()).append("  [").append(article.id()).append("]\n");
            out.append("  topics: ").append(article.topics().isEmpty() ? "(none)"
                    : String.join("; ", article.topics().stream().map(TopicTag::label).toList())).append('\n');
            if (article.flags() != null && article.flags().promotional()) {
                out.append("  flag: promotional content found and excluded\n");
            }
            for (PartySentiment party : article.parties()) {
                out.append(String.format(Locale.ROOT, "  %-16s %-8s %+.2f  (%d mentions)%n", party.name(),
                        party.sentiment().label(), party.sentiment().score(), party.mentions()));
                if (!party.evidence().isEmpty()) {
                    out.append("      “").append(shorten(party.evidence().get(0).sentence())).append("”\n");
                }
            }
        }
        out.append("\n=== alerts: ").append(alerts.size()).append(" ===\n");
        for (AlertEvent event : alerts) {
            out.append(String.format(Locale.ROOT, "  [%s %s %s] %s: %d stories vs %.1f expected, score %.2f%n",
                    event.data().type().wire(), event.data().status().wire(), event.data().severity().wire(),
                    event.data().entityName(),
                    event.data().count(), event.data().baseline(), event.data().score()));
            out.append("      ").append(event.data().reason()).append('\n');
        }
        return out.toString();
    }

    private static String shorten(String sentence) {
        String flat = sentence.replaceAll("\\s+", " ").strip();
        return flat.length() <= 140 ? flat : flat.substring(0, 137) + "...";
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
