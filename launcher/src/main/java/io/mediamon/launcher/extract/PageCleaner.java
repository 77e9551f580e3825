package io.mediamon.launcher.extract;

import io.mediamon.ingest.page.ExtractedPage;

/** The cleaning step after page extraction: analysis's boilerplate and promotion cleaner, or none. */
interface PageCleaner {
    PageCleaner NONE = ExtractedPage::text;

    String clean(ExtractedPage page);

    static PageCleaner analysis() {
        return NONE; // replaced by analysis's cleaner once its new package has landed
    }
}
