package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.text.Token;
import io.mediamon.analysis.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRoleAnalyzerTest {

        private final ClauseSegmenter segmenter = new ClauseSegmenter(CueWords.standard());
    private final TargetRoleAnalyzer analyzer = new TargetRoleAnalyzer(CueWords.standard());

    private TargetRole roleOf(String sentence, String target) {
        OneSentence one = OneSentence.of(sentence, target);
        List<Token> tokens = one.text().tokens();
        return analyzer.analyze(tokens, segmenter.segment(tokens), one.target().start(), one.target().end());
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
