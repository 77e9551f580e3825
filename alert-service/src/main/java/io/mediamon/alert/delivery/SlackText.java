package io.mediamon.alert.delivery;

/**
 * Escapes text for Slack's mrkdwn as Slack asks: {@code &}, {@code <} and {@code >} become entities, so a title
 * such as {@code <!channel>} or {@code <https://evil|click>} is shown as text and cannot ping or link.
 */
final class SlackText {
    private SlackText() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
