package io.mediamon.lab.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.common.event.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads NewsMTSC JSON lines into one {@link LabeledTarget} per entry of each sentence's "targets" array. */
public final class NewsMtscReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsMtscReader() {
    }

    public static List<LabeledTarget> read(Path file) throws IOException {
        List<LabeledTarget> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                String sentence = row.path("sentence_normalized").asText(null);
                if (sentence == null) {
                    throw new IOException(file + ":" + lineNo + ": no sentence_normalized");
                }
                for (JsonNode target : row.path("targets")) {
                    out.add(new LabeledTarget(sentence, target.path("from").asInt(), target.path("to").asInt(),
                            SentimentLabel.fromNewsMtscPolarity(target.path("polarity").asDouble())));
                }
            }
        }
        return out;
    }
}
