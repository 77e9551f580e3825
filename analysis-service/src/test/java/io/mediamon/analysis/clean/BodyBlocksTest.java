package io.mediamon.analysis.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyBlocksTest {

    @Test
    void shouldTellHtmlByItsTagsWhereverTheyStand() {
        assertThat(BodyBlocks.looksLikeHtml("<p>Hello</p>")).isTrue();
        assertThat(BodyBlocks.looksLikeHtml("If 3 < 4 then <DIV class=\"x\">text")).isTrue();
        assertThat(BodyBlocks.looksLikeHtml("a <pa> b < c <br/>")).isTrue();
        assertThat(BodyBlocks.looksLikeHtml("x </Strong>")).isTrue();
        assertThat(BodyBlocks.looksLikeHtml("3 < 4, <pa> and <brand> but no tag <")).isFalse();
        assertThat(BodyBlocks.looksLikeHtml("<p unclosed")).isFalse();
        assertThat(BodyBlocks.looksLikeHtml("Plain text with no angle brackets.")).isFalse();
    }
}
