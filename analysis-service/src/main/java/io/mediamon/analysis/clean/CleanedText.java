package io.mediamon.analysis.clean;

import io.mediamon.common.event.ArticleFlags;
import java.util.List;

/**
 * The article after cleaning: the headline (empty if it was itself boilerplate), the paragraphs kept
 * for analysis, and the flags describing what was removed.
 */
public record CleanedText(String title, List<String> paragraphs, ArticleFlags flags) {
    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
    }
}
