package io.mediamon.analysis.clean;

import io.mediamon.analysis.entity.EntityMatcher;
import io.mediamon.common.event.ArticleFlags;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a raw title and body into the paragraphs worth analysing.
 *
 * <ol>
 *   <li>Split the body into blocks of lines ({@link BodyBlocks}: jsoup for HTML, blank lines otherwise).</li>
 *   <li>Drop boilerplate lines ({@link BoilerplateClassifier}); a short block is also judged as a whole
 *       (multi-line footers), and a headline-like line sharing a block with a caption or credit is a
 *       teaser and goes with it. Lines repeating the headline are dropped.</li>
 *   <li>Join lines into paragraphs, re-joining paragraphs broken mid-sentence.</li>
 *   <li>Drop promotional paragraphs ({@link PromotionDetector}) and flag them.</li>
 * </ol>
 * Thread-safe.
 */
public final class TextCleaner {
    private static final int WHOLE_BLOCK_MAX_LINES = 4;
    private static final int WHOLE_BLOCK_MAX_WORDS = 40;
    private static final int LONG_PARAGRAPH_WORDS = 20;

    private final BoilerplateClassifier boilerplate = new BoilerplateClassifier();
    private final PromotionDetector promotion;

    public TextCleaner(EntityMatcher entities) {
        this.promotion = new PromotionDetector(entities);
    }

    public CleanedText clean(String rawTitle, String body) {
        int dropped = 0;
        String title = rawTitle == null ? "" : BodyBlocks.unwrapMarkdown(rawTitle).strip();
        if (!title.isEmpty() && boilerplate.classify(title).boilerplate()) {
            title = "";
            dropped++;
        }
        BodyBlocks.Split split = BodyBlocks.split(body);
        dropped += split.droppedElements();
        List<String> paragraphs = new ArrayList<>();
        for (List<String> block : split.blocks()) {
            List<String> kept = keptLines(block, title);
            dropped += block.size() - kept.size();
            if (!kept.isEmpty()) {
                paragraphs.add(String.join(" ", kept));
            }
        }
        boolean boilerplateFound = dropped > 0;
        paragraphs = rejoinBroken(paragraphs);
        PromotionDetector.Result promo = promotion.detect(paragraphs, title);
        List<String> kept = new ArrayList<>();
        String snippet = null;
        int promotional = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (promo.promotional()[i]) {
                promotional++;
                if (snippet == null) {
                    snippet = PromotionDetector.snippetOf(paragraphs.get(i));
                }
            } else {
                kept.add(paragraphs.get(i));
            }
        }
        ArticleFlags flags = new ArticleFlags(promotional > 0, boilerplateFound, dropped + promotional, snippet);
        return new CleanedText(title, kept, flags);
    }

    private List<String> keptLines(List<String> block, String title) {
        if (block.size() > 1 && block.size() <= WHOLE_BLOCK_MAX_LINES) {
            String joined = String.join(" ", block);
            if (BoilerplateClassifier.wordCount(joined) <= WHOLE_BLOCK_MAX_WORDS
                    && boilerplate.classify(joined).boilerplate()) {
                return List.of();
            }
        }
        boolean[] junk = new boolean[block.size()];
        boolean anyJunk = false;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            junk[i] = boilerplate.classify(line).boilerplate() || sameText(line, title);
            anyJunk |= junk[i];
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            boolean teaser = anyJunk && BoilerplateClassifier.isHeadlineLike(block.get(i));
            if (!junk[i] && !teaser) {
                kept.add(block.get(i));
            }
        }
        return kept;
    }

    /** Equal ignoring case and runs of whitespace. */
    static boolean sameText(String line, String title) {
        int i = 0;
        int j = 0;
        while (true) {
            i = skipSpace(line, i);
            j = skipSpace(title, j);
            if (i == line.length() || j == title.length()) {
                return !title.isEmpty() && i == line.length() && j == title.length();
            }
            boolean lineSpace = i > 0 && Character.isWhitespace(line.charAt(i - 1));
            boolean titleSpace = j > 0 && Character.isWhitespace(title.charAt(j - 1));
            if (lineSpace != titleSpace
                    || Character.toLowerCase(line.charAt(i)) != Character.toLowerCase(title.charAt(j))) {
                return false;
            }
            i++;
            j++;
        }
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static List<String> rejoinBroken(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (!out.isEmpty()) {
                String previous = out.get(out.size() - 1);
                boolean brokenOff = !BoilerplateClassifier.endsLikeSentence(previous)
                        && !previous.endsWith(":")
                        && (startsLowerOrBracket(p) || BoilerplateClassifier.wordCount(previous) > LONG_PARAGRAPH_WORDS);
                if (brokenOff) {
                    out.set(out.size() - 1, previous + " " + p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static boolean startsLowerOrBracket(String p) {
        char c = p.charAt(0);
        return Character.isLowerCase(c) || c == '(';
    }
}
