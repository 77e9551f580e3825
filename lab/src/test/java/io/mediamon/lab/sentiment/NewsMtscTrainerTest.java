package io.mediamon.lab.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.sentiment.LearnedTargetScorer;
import io.mediamon.analysis.sentiment.TargetScore;
import io.mediamon.analysis.sentiment.TargetScorer;
import io.mediamon.common.event.SentimentLabel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsMtscTrainerTest {

    private static final String[] NAMES = {"Alice Grant", "Bob Stone", "Carol Diaz", "Dan Ruiz", "Eve Park"};

    /** Writes a tiny NewsMTSC-format file where the target's own clause decides the label. */
    static Path syntheticData(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = NAMES[i % NAMES.length];
            lines.add(row(name + " delivered a brilliant, admirable speech on Tuesday.", name, 6.0));
            lines.add(row(name + " was mocked as a corrupt, incompetent failure on Tuesday.", name, 2.0));
            lines.add(row(name + " travelled to the capital on Tuesday.", name, 4.0));
        }
        Path file = dir.resolve("train.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String row(String sentence, String name, double polarity) {
        int from = sentence.indexOf(name);
        return "{\"primary_gid\":\"x\",\"sentence_normalized\":\"" + sentence + "\",\"targets\":[{\"Input.gid\":\"x\","
                + "\"from\":" + from + ",\"to\":" + (from + name.length()) + ",\"mention\":\"" + name
                + "\",\"polarity\":" + polarity + "}]}";
    }

    @Test
    void shouldLearnTheSyntheticSignalAndWriteALoadableModel(@TempDir Path dir) throws IOException {
        Path data = syntheticData(dir);
        Path model = dir.resolve("out/model.tsv");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        NewsMtscTrainer.train(data, model, new PrintStream(log, true, StandardCharsets.UTF_8));

        LearnedTargetScorer scorer = LearnedTargetScorer.load(model);
        String good = "Frank Lee gave a brilliant, admirable answer.";
        String bad = "Frank Lee was mocked as a corrupt failure.";
        assertThat(score(scorer, good, 0, 9).label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score(scorer, bad, 0, 9).label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("trained on 120 targets");
    }

    @Test
    void shouldWriteByteIdenticalModelsForTheSameData(@TempDir Path dir) throws IOException {
        Path data = syntheticData(dir);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        NewsMtscTrainer.train(data, dir.resolve("a.tsv"), quiet);
        NewsMtscTrainer.train(data, dir.resolve("b.tsv"), quiet);

        assertThat(Files.readAllBytes(dir.resolve("b.tsv"))).isEqualTo(Files.readAllBytes(dir.resolve("a.tsv")));
    }

    private static TargetScore score(TargetScorer scorer, String sentence, int from, int to) {
        return new LabeledTarget(sentence, from, to, SentimentLabel.NEUTRAL).scoreWith(scorer);
    }
}
