/**
 * The text model every stage shares: the one {@link io.mediamon.analysis.text.Tokenizer}, {@link
 * io.mediamon.analysis.text.Token}s, {@link io.mediamon.analysis.text.Sentence}s and spans, and {@link
 * io.mediamon.analysis.text.ArticleText}, an article tokenized once; also the sentence splitter and the keyed
 * line-file reader of the language resources.
 */
package io.mediamon.analysis.text;
