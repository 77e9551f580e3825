package io.mediamon.analysis.topic;

import io.mediamon.analysis.text.TermIndex;
import io.mediamon.analysis.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One query word: exact ({@code tiktok}), prefix wildcard ({@code export*}) or general wildcard
 * ({@code *sanction*}, {@code wom?n} is not supported: only {@code *}). Matches normalised tokens.
 */
public record TermPattern(String text) {
    public TermPattern {
        text = Tokenizer.normalise(text);
        if (text.isEmpty() || text.chars().allMatch(c -> c == '*')) {
            throw new IllegalArgumentException("empty query term");
        }
    }

    boolean isWildcard() {
        return text.indexOf('*') >= 0;
    }

    /** Sorted token positions this pattern matches. */
    List<Integer> positions(TermIndex index) {
        int star = text.indexOf('*');
        if (star < 0) {
            return index.exact(text);
        }
        String prefix = text.substring(0, star);
        boolean prefixOnly = star == text.length() - 1;
        Pattern general = prefixOnly ? null : Pattern.compile(toRegex(text));
        List<Integer> out = new ArrayList<>();
        index.eachWithPrefix(prefix, (form, at) -> {
            if (general == null || general.matcher(form).matches()) {
                out.addAll(at);
            }
        });
        out.sort(null); // the forms came in no order; a position is one form's, so sorting restores the order
        return out;
    }

    boolean matches(String form) {
        int star = text.indexOf('*');
        if (star < 0) {
            return text.equals(form);
        }
        if (star == text.length() - 1) {
            return form.startsWith(text.substring(0, star));
        }
        return form.matches(toRegex(text));
    }

    private static String toRegex(String wildcard) {
        List<String> quoted = new ArrayList<>();
        for (String part : wildcard.split("\\*", -1)) {
            quoted.add(Pattern.quote(part));
        }
        return String.join(".*", quoted);
    }
}
