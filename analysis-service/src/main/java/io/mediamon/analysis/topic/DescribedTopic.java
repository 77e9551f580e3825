package io.mediamon.analysis.topic;

import java.util.List;

/**
 * A topic defined by what it is about, in one or more sentences, rather than by a query.
 *
 * @param id           topic id, for example {@code sport}
 * @param iptcCode     IPTC Media Topic code (for a user topic, the code the user gave, possibly empty)
 * @param label        readable label
 * @param descriptions one or more sentences describing the topic
 */
public record DescribedTopic(String id, String iptcCode, String label, List<String> descriptions) {
    public DescribedTopic {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a described topic needs an id");
        }
        if (descriptions == null || descriptions.isEmpty() || descriptions.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("topic " + id + " needs at least one non-empty description");
        }
        iptcCode = iptcCode == null ? "" : iptcCode;
        label = label == null || label.isBlank() ? id : label;
        descriptions = List.copyOf(descriptions);
    }
}
