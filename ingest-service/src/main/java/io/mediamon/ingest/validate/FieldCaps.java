package io.mediamon.ingest.validate;

/**
 * The longest value each metadata field may have. Submitted values over a cap are refused with a reason;
 * values read from a page's metadata or a feed are dropped instead, so the article still gets through.
 */
public final class FieldCaps {
    /** Browsers and CDNs agree on about 2 KB URLs; longer ones are almost always junk or attacks. */
    public static final int URL = 2048;
    public static final int OUTLET = 200;
    public static final int AUTHOR = 300;
    /** The longest well-formed BCP 47 tag in practice (RFC 5646 section 4.4.1). */
    public static final int LANGUAGE = 35;
    public static final int CATEGORY = 200;
    public static final int CATEGORIES = 50;
    /** A headline-only item's generated title is cut at this length. */
    public static final int DERIVED_TITLE = 200;

    private FieldCaps() {
    }
}
