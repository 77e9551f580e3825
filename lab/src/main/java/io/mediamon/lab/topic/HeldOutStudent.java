package io.mediamon.lab.topic;

import io.mediamon.analysis.topic.ZeroShotTopicTagger;
import java.util.List;

/**
 * A ridge student of the topic tagger: the penalty with the best held-out mean cosine to the teacher's embedding, the
 * weights fitted with it on the rows not skipped, and how often the tagger's tags from the student's prediction agree
 * with the teacher's on the measured rows.
 */
record HeldOutStudent(double penalty, double cosine, double[][] weights, TagAgreement agreement) {

    static HeldOutStudent fit(double[][] x, double[][] y, boolean[] skip, boolean[] measured,
                              List<TopicStudentCheck.Row> rows, ZeroShotTopicTagger teacher) {
        double bestCos = -2;
        double bestPenalty = 0;
        for (double penalty : TopicDistillation.PENALTIES) {
            double cos = TopicDistillation.meanCosine(x, y, Ridge.fit(x, y, skip, penalty), measured);
            if (cos > bestCos) {
                bestCos = cos;
                bestPenalty = penalty;
            }
        }
        double[][] w = Ridge.fit(x, y, skip, bestPenalty);
        TagAgreement agreement = new TagAgreement();
        for (int i = 0; i < rows.size(); i++) {
            if (measured[i]) {
                agreement.add(teacher.tag(rows.get(i).teacher()),
                        teacher.tag(TopicStudentCheck.unit(Ridge.predict(x[i], w))));
            }
        }
        return new HeldOutStudent(bestPenalty, bestCos, w, agreement);
    }
}
