package io.mediamon.analysis.topology;

import io.mediamon.common.event.Article;

/** What a raw article must have before analysis spends time on it. */
final class ArticleChecks {
    private ArticleChecks() {
    }

    static String problem(Article article) {
        if (article.id() == null || article.id().isBlank()) {
            return "id is missing";
        }
        if (article.title() == null || article.title().isBlank()) {
            return "title is missing";
        }
        if (article.body() == null || article.body().isBlank()) {
            return "body is missing";
        }
        if (article.ingestedAt() == null) {
            return "ingestedAt is missing";
        }
        return null;
    }
}
