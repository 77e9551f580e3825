package io.mediamon.launcher.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Token precision, recall and F1 of an extracted text against a reference, as {@code scripts/score-extraction.py}
 * counts them: lower-cased runs of word characters as a multiset; a reference {@code NAME.html} counts its text
 * with every tag a word break and scripts, styles and noscript left out, a {@code NAME.txt} as it is.
 */
record TokenScore(double precision, double recall, double f1) {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static TokenScore of(String extracted, String expected) {
        Map<String, Integer> got = tokens(extracted);
        Map<String, Integer> want = tokens(expected);
        long overlap = 0;
        for (Map.Entry<String, Integer> entry : got.entrySet()) {
            overlap += Math.min(entry.getValue(), want.getOrDefault(entry.getKey(), 0));
        }
        long nGot = got.values().stream().mapToLong(Integer::longValue).sum();
        long nWant = want.values().stream().mapToLong(Integer::longValue).sum();
        double precision = nGot > 0 ? (double) overlap / nGot : nWant == 0 ? 1.0 : 0.0;
        double recall = nWant > 0 ? (double) overlap / nWant : 1.0;
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new TokenScore(precision, recall, f1);
    }

    /** The reference text for NAME in the folder: NAME.html, else NAME.txt, else null. */
    static String reference(Path folder, String name) throws IOException {
        Path html = folder.resolve(name + ".html");
        if (Files.isRegularFile(html)) {
            return textOfHtml(Files.readString(html, StandardCharsets.UTF_8));
        }
        Path text = folder.resolve(name + ".txt");
        return Files.isRegularFile(text) ? Files.readString(text, StandardCharsets.UTF_8) : null;
    }

    static String textOfHtml(String html) {
        StringBuilder out = new StringBuilder();
        Jsoup.parse(html).traverse(new NodeVisitor() {
            private int skip;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (isSkipped(element)) {
                        skip++;
                    }
                    out.append(' ');
                } else if (node instanceof TextNode text && skip == 0) {
                    out.append(text.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (isSkipped(element)) {
                        skip--;
                    }
                    out.append(' ');
                }
            }

            private boolean isSkipped(Element element) {
                String tag = element.normalName();
                return tag.equals("script") || tag.equals("style") || tag.equals("noscript");
            }
        });
        return out.toString();
    }

    private static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        if (text == null) {
            return counts;
        }
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }
}
