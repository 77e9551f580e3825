package io.mediamon.common.event;

import java.util.List;

/**
 * A topic an article was tagged with.
 *
 * @param id       rule id, for example {@code national-security}
 * @param label    readable label
 * @param iptcCode IPTC Media Topic code, for example {@code medtop:20000763}
 * @param matches  the terms in the text that satisfied the rule
 */
public record TopicTag(String id, String label, String iptcCode, List<String> matches) {
}
