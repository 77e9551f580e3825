package io.mediamon.lab.topic;

import io.mediamon.common.event.TopicTag;
import java.util.List;
import java.util.Set;

/**
 * How often a student's topic tags are the teacher's, over the texts {@link #add}ed: the whole tag set, and the first
 * (best) tag. The distillation checks' one measure of agreement.
 */
final class TagAgreement {
    private int texts;
    private int sameSet;
    private int sameFirst;

    void add(List<TopicTag> teacher, List<TopicTag> student) {
        List<String> a = teacher.stream().map(TopicTag::id).toList();
        List<String> b = student.stream().map(TopicTag::id).toList();
        texts++;
        sameSet += Set.copyOf(a).equals(Set.copyOf(b)) ? 1 : 0;
        sameFirst += !a.isEmpty() && !b.isEmpty() && a.get(0).equals(b.get(0)) ? 1 : 0;
    }

    int texts() {
        return texts;
    }

    /** Share of texts whose tag sets are equal. */
    double tagSets() {
        return (double) sameSet / texts;
    }

    /** Share of texts whose first tags are equal. */
    double firstTags() {
        return (double) sameFirst / texts;
    }
}
