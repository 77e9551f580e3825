package io.mediamon.alert.delivery;

import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An alert in Slack's incoming-webhook format: a fallback text plus Block Kit sections. */
public final class SlackMessage {
    private SlackMessage() {
    }

    public static Map<String, Object> of(Alert alert) {
        String headline = String.format(Locale.ROOT, "%s %s: %s (%s) — %d stories vs %.1f expected",
                emoji(alert), alert.status().wire().toUpperCase(Locale.ROOT), alert.entityName(), alert.type().wire(),
                alert.count(), alert.baseline());
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(section("*" + headline + "*\n" + alert.reason()));
        StringBuilder stories = new StringBuilder();
        for (AlertStory story : alert.topArticles()) {
            stories.append("• ").append(story.title()).append(story.outlet() == null ? "" : " — _"
                    + story.outlet() + "_").append(" (").append(story.sentiment()).append(")\n");
        }
        if (stories.length() > 0) {
            blocks.add(section("*Top stories*\n" + stories));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", headline);
        message.put("blocks", blocks);
        return message;
    }

    private static Map<String, Object> section(String markdown) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", markdown));
    }

    private static String emoji(Alert alert) {
        if ("resolved".equals(alert.status().wire())) {
            return ":white_check_mark:";
        }
        return switch (alert.severity().wire()) {
            case "critical" -> ":rotating_light:";
            case "high" -> ":red_circle:";
            case "medium" -> ":large_orange_circle:";
            default -> ":large_yellow_circle:";
        };
    }
}
