package io.mediamon.analysis.entity;

import java.text.Normalizer;
import java.util.Locale;

/** The stable id of a recognised name: lower case ASCII words joined by hyphens ("Zoë O'Neill" is zoe-o-neill). */
final class PartySlug {
    private static final int MAX_CHARS = 80;

    private PartySlug() {
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(ascii.length());
        boolean hyphen = false;
        for (int i = 0; i < ascii.length() && out.length() < MAX_CHARS; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(c);
                hyphen = false;
            } else if (!hyphen && out.length() > 0) {
                out.append('-');
                hyphen = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return end == 0 ? "name-" + Integer.toHexString(name.hashCode()) : out.substring(0, end);
    }
}
