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
}
