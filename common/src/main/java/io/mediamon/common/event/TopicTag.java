package io.mediamon.common.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A topic an article was tagged with.
 *
 * @param id         rule or topic id, for example {@code national-security}
 * @param label      readable label
 * @param iptcCode   IPTC Media Topic code, for example {@code medtop:20000763}
 * @param matches    the terms in the text that satisfied the rule (empty for a model tag)
 * @param source     how the topic was found: a boolean rule or the zero-shot model
 * @param confidence 0..1; for a model tag 0.5 is its calibrated threshold
 */
public record TopicTag(String id, String label, String iptcCode, List<String> matches, TopicSource source,
                       double confidence) {

    @JsonCreator
    public TopicTag {
        matches = matches == null ? List.of() : List.copyOf(matches);
        source = source == null ? TopicSource.RULE : source;
    }

    /** A rule tag with full confidence (the form before tags carried a source). */
    public TopicTag(String id, String label, String iptcCode, List<String> matches) {
        this(id, label, iptcCode, matches, TopicSource.RULE, 1.0);
    }
}
