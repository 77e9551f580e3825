package io.mediamon.alert.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mediamon.analysis.topic.WatchedTopic;
import org.junit.jupiter.api.Test;

/** The watchlist API's validation of topic queries, with the query language analysis runs. */
class WatchRuleRequestTest {
    private final WatchRuleRequest request = new WatchRuleRequest(WatchedTopic::problem);
    private final ObjectMapper json = new ObjectMapper();

    private WatchRuleRequest.Parsed parse(String body) throws Exception {
        return request.parse("app-control", json.readTree(body));
    }

    @Test
    void shouldAcceptATopicDefinedByASentence() throws Exception {
        WatchRuleRequest.Parsed parsed = parse("{\"name\":\"App control\",\"query\":"
                + "\"ABOUT(\\\"disputes over who owns and controls social-media apps\\\") AND TikTok\"}");

        assertThat(parsed.problem()).isNull();
        assertThat(parsed.rule().isTopic()).isTrue();
        assertThat(parsed.rule().query()).startsWith("ABOUT(\"disputes over");
    }

    @Test
    void shouldRefuseAnAboutTermWithoutASentenceWithTheReason() throws Exception {
        assertThat(parse("{\"name\":\"App control\",\"query\":\"ABOUT(apps)\"}").problem())
                .startsWith("query does not parse: ").contains("quoted sentence");
        assertThat(parse("{\"name\":\"App control\",\"query\":\"ABOUT(\\\"apps\\\")\"}").problem())
                .contains("at least 3 words");
        assertThat(parse("{\"name\":\"App control\",\"query\":\"TikTok NEAR/5 ABOUT(\\\"who owns the apps\\\")\"}")
                .problem()).contains("cannot be an operand of NEAR/5");
    }
}
