package io.mediamon.common.event;

/**
 * Quality flags found while cleaning the article.
 *
 * @param promotional        a pasted promotional paragraph was found (and excluded from analysis)
 * @param boilerplate        boilerplate lines were removed (navigation, share bars, copyright, ...)
 * @param droppedLines       how many lines or paragraphs were excluded
 * @param promotionalSnippet the start of the first promotional paragraph, for the reader, or null
 * @param headlineOnly        the article had only a title and a short description, and was analysed on those
 * @param unsupportedLanguage the article's language is not one analysis scores: parties counted, no sentiment
 */
public record ArticleFlags(boolean promotional, boolean boilerplate, int droppedLines, String promotionalSnippet,
                           Boolean headlineOnly, Boolean unsupportedLanguage) {
    /** Records written before the two later flags existed read them as false. */
    public ArticleFlags {
        headlineOnly = Boolean.TRUE.equals(headlineOnly);
        unsupportedLanguage = Boolean.TRUE.equals(unsupportedLanguage);
    }

    /** What cleaning found, before the article-level flags are known. */
    public ArticleFlags(boolean promotional, boolean boilerplate, int droppedLines, String promotionalSnippet) {
        this(promotional, boilerplate, droppedLines, promotionalSnippet, false, false);
    }

    /** These flags with the article-level ones set. */
    public ArticleFlags withArticle(boolean isHeadlineOnly, boolean isUnsupportedLanguage) {
        return new ArticleFlags(promotional, boilerplate, droppedLines, promotionalSnippet, isHeadlineOnly,
                isUnsupportedLanguage);
    }
}
