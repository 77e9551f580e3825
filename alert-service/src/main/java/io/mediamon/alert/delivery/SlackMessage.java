package io.mediamon.alert.delivery;

import io.mediamon.common.event.Alert;
import io.mediamon.common.event.AlertStory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An alert in Slack's incoming-webhook format: a fallback text plus Block Kit sections. Every text taken from the
 * alert is escaped ({@link SlackText}), so an article title cannot ping a channel or plant a link.
 */
public final class SlackMessage {
    private SlackMessage() {
    }

    public static Map<String, Object> of(Alert alert) {
        String headline = String.format(Locale.ROOT, "%s %s: %s (%s) — %d stories vs %.1f expected",
                emoji(alert), SlackText.escape(alert.status().wire()).toUpperCase(Locale.ROOT),
                SlackText.escape(alert.entityName()), SlackText.escape(alert.type().wire()), alert.count(),
                alert.baseline());
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(section("*" + headline + "*\n" + SlackText.escape(alert.reason())));
        StringBuilder stories = new StringBuilder();
        for (AlertStory story : alert.topArticles()) {
            stories.append("• ").append(SlackText.escape(story.title())).append(story.outlet() == null ? ""
                    : " — _" + SlackText.escape(story.outlet()) + "_").append(" (")
                    .append(SlackText.escape(String.valueOf(story.sentiment()))).append(")\n");
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
