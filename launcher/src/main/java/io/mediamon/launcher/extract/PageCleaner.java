package io.mediamon.launcher.extract;

import io.mediamon.analysis.clean.CleanedText;
import io.mediamon.analysis.clean.TextCleaner;
import io.mediamon.analysis.entity.EntityMatcher;
import io.mediamon.analysis.entity.Gazetteer;
import io.mediamon.ingest.page.ExtractedPage;

/** The cleaning step after page extraction: analysis's boilerplate and promotion cleaner, or none. */
interface PageCleaner {
    PageCleaner NONE = ExtractedPage::text;

    String clean(ExtractedPage page);

    /** analysis-service's {@link TextCleaner} with the bundled gazetteer, as the pipeline runs it. */
    static PageCleaner analysis() {
        TextCleaner cleaner = new TextCleaner(new EntityMatcher(Gazetteer.defaults()));
        return page -> {
            CleanedText cleaned = cleaner.clean(page.headline(), page.text());
            return String.join("\n\n", cleaned.paragraphs());
        };
    }
}
