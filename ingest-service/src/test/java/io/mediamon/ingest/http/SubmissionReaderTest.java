package io.mediamon.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubmissionReaderTest {
    private final SubmissionReader reader = new SubmissionReader();

    @Test
    void shouldReadAPlainArticle() {
        SubmissionReader.Result result = reader.read("{\"title\":\"T\",\"body\":\"B \\uD83D\\uDE00 ok\"}");
        assertThat(result.rejection()).isNull();
        assertThat(result.submission().body()).isEqualTo("B \uD83D\uDE00 ok");
    }

    @Test
    void shouldRefuseDuplicateKeys() {
        assertThat(reader.read("{\"title\":\"T\",\"body\":\"B\",\"title\":\"again\"}").rejection().code())
                .isEqualTo("duplicate_key");
    }

    @Test
    void shouldRefuseNestingDeeperThan64() {
        String deep = "{\"title\":\"T\",\"body\":\"B\",\"x\":" + "[".repeat(70) + "]".repeat(70) + "}";
        assertThat(reader.read(deep).rejection().code()).isEqualTo("too_complex");
    }

    @Test
    void shouldRefuseALoneSurrogateWithItsField() {
        SubmissionReader.Result result = reader.read("{\"title\":\"T\",\"body\":\"B\",\"author\":\"x\\uD800y\"}");
        assertThat(result.rejection().code()).isEqualTo("bad_encoding");
        assertThat(result.rejection().reason()).contains("author");
    }

    @Test
    void shouldRefuseInvalidUtf8WithItsOffset() {
        String[] problem = new String[1];
        assertThat(Utf8Text.decode(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}, problem)).isNull();
        assertThat(problem[0]).contains("not valid UTF-8").contains("offset 2");
        // an encoded surrogate (CESU style) is not UTF-8 either
        assertThat(Utf8Text.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, problem)).isNull();
        assertThat(Utf8Text.decode("plain é".getBytes(java.nio.charset.StandardCharsets.UTF_8), problem))
                .isEqualTo("plain é");
    }
}
