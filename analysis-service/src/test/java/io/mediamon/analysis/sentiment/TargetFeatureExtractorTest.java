package io.mediamon.analysis.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mediamon.analysis.text.ArticleText;
import io.mediamon.analysis.text.Sentence;
import io.mediamon.analysis.text.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetFeatureExtractorTest {

    private final TargetFeatureExtractor extractor = TargetFeatureExtractor.standard();

    private List<String> features(String sentence, String target) {
        OneSentence one = OneSentence.of(sentence, target);
        FeatureVector fv = extractor.extract(one.text(), one.sentence(), one.target());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fv.size(); i++) {
            names.add(fv.name(i));
        }
        return names;
    }

    @Test
    void shouldHashEveryFeatureAsItsNameWhenASentenceHoldsSeveralTargets() {
        String s = "Smith said Jones, the rival of Smith, was not honest but Lee praised Jones.";
        ArticleText text = ArticleText.sentence(s);
        ArticleText again = ArticleText.sentence(s);
        Sentence sentence = text.sentences().get(0);
        int checked = 0;
        for (String target : List.of("Smith", "Jones", "Lee", "rival", "honest")) {
            for (int from = s.indexOf(target); from >= 0; from = s.indexOf(target, from + 1)) {
                TokenSpan span = text.targetSpan(sentence, from, from + target.length());
                FeatureVector named = extractor.extract(text, sentence, span);
                FeatureVector hashed = FeatureVector.hashed();
                extractor.extract(again, again.sentences().get(0), span, hashed);
                assertThat(hashed.size()).isEqualTo(named.size());
                for (int i = 0; i < named.size(); i++) {
                    assertThat(named.hash(i)).as(named.name(i)).isEqualTo(FeatureHash.of(named.name(i)));
                    assertThat(hashed.hash(i)).as(named.name(i)).isEqualTo(named.hash(i));
                    assertThat(hashed.cue(i)).as(named.name(i)).isEqualTo(named.cue(i));
                    assertThat(hashed.value(i)).as(named.name(i)).isEqualTo(named.value(i));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(7);
    }

    @Test
    void shouldTellAgentFromPatient() {
        String s = "Smith attacked Jones.";
        assertThat(features(s, "Smith")).contains("role:subj", "lx:subj:R:neg");
        assertThat(features(s, "Jones")).contains("role:obj", "lx:obj:L:neg");
        assertThat(features("Jones was attacked by Smith.", "Smith")).contains("role:agent");
    }

    @Test
    void shouldMarkTheSpeakerAndTheReportedTarget() {
        String s = "Jones said Smith is corrupt.";
        assertThat(features(s, "Jones")).contains("rs:spk").doesNotContain("rs:cont");
        assertThat(features(s, "Smith")).contains("rs:cont", "lx:rs:cont:R:neg");
    }

    @Test
    void shouldMarkNegatedOpinionInTheTargetClause() {
        assertThat(features("Smith is not honest.", "Smith")).contains("lx:negated:in:neg", "t:negclause");
    }

    @Test
    void shouldPlaceTheTargetRelativeToContrast() {
        String s = "Smith is honest, but Jones is corrupt.";
        assertThat(features(s, "Smith")).contains("ct:Tbefore", "lx:R:in:pos");
        assertThat(features(s, "Jones")).contains("ct:Tafter", "lx:R:in:neg", "lx:L:far:pos");
    }

    @Test
    void shouldDistinguishCriticismFromMisfortune() {
        assertThat(features("Critics accused Smith of fraud.", "Smith")).contains("dk:criticism:L:in", "rs:cont");
        assertThat(features("Smith was injured in the crash.", "Smith")).contains("dk:misfortune:R:in");
    }
}
