package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpiTest {

    /** CMS's published example and other numbers whose check digit was worked out by hand. */
    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1245319599", "1003000126", "2999999990"})
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(Npi.isValid(number)).isTrue();
        assertThat(new Npi(number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "1245319598", "2234567893", "3234567893", "0234567893",
            "123456789", "12345678931", "12345678a3", "", " 1234567893"})
    void refusesAWrongCheckDigitFirstDigitLengthOrCharacter(String number) {
        assertThat(Npi.isValid(number)).isFalse();
    }

    @Test
    void theRefusalDoesNotRepeatTheInput() {
        assertThatThrownBy(() -> new Npi("1234567890")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("1234567890");
    }

    @Test
    void aSwapOfTwoNeighbouringDigitsIsCaught() {
        assertThat(Npi.isValid("1234567893")).isTrue();
        assertThat(Npi.isValid("1243567893")).isFalse();
    }
}
