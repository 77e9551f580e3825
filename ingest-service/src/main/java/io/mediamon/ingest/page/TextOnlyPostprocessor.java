package io.mediamon.ingest.page;

import java.util.Collection;
import net.dankito.readability4j.processor.Postprocessor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Skips Readability4J's post-processing (absolute link and image addresses, class removal): mediamon keeps only
 * the article's text, which those steps do not change.
 */
final class TextOnlyPostprocessor extends Postprocessor {
    @Override
    public void postProcessContent(Document originalDocument, Element articleContent, String articleUri,
                                   Collection<String> additionalClassesToPreserve) {
        // nothing to do for text
    }
}
