package io.mediamon.common.event;

/**
 * Quality flags found while cleaning the article.
 *
 * @param promotional        a pasted promotional paragraph was found (and excluded from analysis)
 * @param boilerplate        boilerplate lines were removed (navigation, share bars, copyright, ...)
 * @param droppedLines       how many lines or paragraphs were excluded
 * @param promotionalSnippet the start of the first promotional paragraph, for the reader, or null
 */
public record ArticleFlags(boolean promotional, boolean boilerplate, int droppedLines, String promotionalSnippet) {
}
