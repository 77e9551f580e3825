package io.mediamon.ingest.validate;

import java.util.Locale;

/** Strips a trailing " - Outlet" (or " | Outlet", " — Outlet") that only repeats the outlet's name. */
public final class TitleSuffix {
    private static final String[] SEPARATORS = {" - ", " – ", " — ", " | ", " :: "};

    private TitleSuffix() {
    }

    public static String strip(String title, String outlet) {
        if (title == null || outlet == null || outlet.isBlank()) {
            return title;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerOutlet = outlet.strip().toLowerCase(Locale.ROOT);
        for (String separator : SEPARATORS) {
            String suffix = separator + lowerOutlet;
            if (lowerTitle.endsWith(suffix)) {
                String kept = title.substring(0, title.length() - suffix.length()).strip();
                return kept.codePoints().anyMatch(Character::isLetterOrDigit) ? kept : title;
            }
        }
        return title;
    }
}
