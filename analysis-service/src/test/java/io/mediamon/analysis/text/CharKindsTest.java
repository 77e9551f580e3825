package io.mediamon.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharKindsTest {

    @Test
    void shouldAnswerAsCharacterForEveryChar() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(CharKinds.isLetterOrDigit(c)).as("letterOrDigit %d", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(CharKinds.isLetter(c)).as("letter %d", i).isEqualTo(Character.isLetter(c));
            assertThat(CharKinds.isDigit(c)).as("digit %d", i).isEqualTo(Character.isDigit(c));
            assertThat(CharKinds.isUpperCase(c)).as("upper %d", i).isEqualTo(Character.isUpperCase(c));
            assertThat(CharKinds.isLowerCase(c)).as("lower %d", i).isEqualTo(Character.isLowerCase(c));
            assertThat(CharKinds.isWhitespace(c)).as("space %d", i).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void shouldCompareARegionLowerCasedAsCharacterDoesWithoutCopyingIt() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            String text = "x" + c + "y";
            String lower = String.valueOf(Character.toLowerCase(c));
            assertThat(CharKinds.equalsLowerCased(text, 1, 2, lower)).as("char %d", i).isTrue();
        }
        assertThat(CharKinds.equalsLowerCased("Our plans", 0, 3, "our")).isTrue();
        assertThat(CharKinds.equalsLowerCased("Our plans", 0, 3, "ou")).isFalse();
        assertThat(CharKinds.equalsLowerCased("Out plans", 0, 3, "our")).isFalse();
        assertThat(CharKinds.equalsLowerCased("\u0130T", 0, 2, "it")).as("dotted capital I lower-cases to i").isTrue();
    }
}
