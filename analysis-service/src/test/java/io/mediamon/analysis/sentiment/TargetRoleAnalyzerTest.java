package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRoleAnalyzerTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final ClauseSegmenter segmenter = new ClauseSegmenter(CueWords.standard());
    private final TargetRoleAnalyzer analyzer = new TargetRoleAnalyzer(CueWords.standard());

    private TargetRole roleOf(String sentence, String target) {
        List<Token> tokens = tokenizer.tokenize(sentence);
        int from = sentence.indexOf(target);
        int[] span = TargetFeatureExtractor.targetSpan(tokens, from, from + target.length());
        return analyzer.analyze(tokens, segmenter.segment(tokens), span[0], span[1]);
    }

    @Test
    void shouldTellSubjectObjectAndPassiveAgent() {
        assertThat(roleOf("Smith attacked Jones.", "Smith").syntactic()).isEqualTo(TargetRole.Syntactic.SUBJECT);
        assertThat(roleOf("Smith attacked Jones.", "Jones").syntactic()).isEqualTo(TargetRole.Syntactic.OBJECT);
        assertThat(roleOf("Jones was attacked by Smith.", "Smith").syntactic()).isEqualTo(TargetRole.Syntactic.AGENT);
        assertThat(roleOf("Critics mocked Smith's plan.", "Smith").syntactic())
                .isEqualTo(TargetRole.Syntactic.POSSESSOR);
    }

    @Test
    void shouldFindTheSpeakerInBothWordOrders() {
        TargetRole plain = roleOf("Jones said Smith is corrupt.", "Jones");
        assertThat(plain.speech()).isEqualTo(TargetRole.Speech.SPEAKER);
        assertThat(plain.speechVerb()).isEqualTo("said");
        assertThat(roleOf("\"Smith is corrupt,\" said Jones.", "Jones").speech())
                .isEqualTo(TargetRole.Speech.SPEAKER);
        assertThat(roleOf("Smith is corrupt, according to Jones.", "Jones").speech())
                .isEqualTo(TargetRole.Speech.SPEAKER);
    }

    @Test
    void shouldPutTheTalkedAboutTargetInTheContent() {
        assertThat(roleOf("Jones said Smith is corrupt.", "Smith").speech()).isEqualTo(TargetRole.Speech.CONTENT);
        assertThat(roleOf("\"Smith is corrupt,\" said Jones.", "Smith").speech())
                .isEqualTo(TargetRole.Speech.CONTENT);
        assertThat(roleOf("Smith met Jones.", "Smith").speech()).isEqualTo(TargetRole.Speech.NONE);
    }
}
