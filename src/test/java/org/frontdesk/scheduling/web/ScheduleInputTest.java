package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleInputTest {

    @ParameterizedTest
    @CsvSource({"9:30,09:30", "09:30,09:30", "9:30 AM,09:30", "9:30pm,21:30", "2 PM,14:00", "12:15 am,00:15",
            "12 pm,12:00", "14:15,14:15", "930,09:30", "9.30 a.m.,09:30", "7,07:00"})
    void readsTheWaysAFrontDeskWritesATime(String typed, String expected) {
        assertThat(ScheduleInput.time(typed)).contains(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "noon-ish", "25:00", "9:75", "13 pm", "0 am", "half past nine"})
    void refusesWhatIsNoTime(String typed) {
        assertThat(ScheduleInput.time(typed)).isEmpty();
    }

    @Test
    void readsIsoAndUsDatesAndRefusesImpossibleOnes() {
        assertThat(ScheduleInput.date("2027-03-14")).contains(LocalDate.of(2027, 3, 14));
        assertThat(ScheduleInput.date("3/14/2027")).contains(LocalDate.of(2027, 3, 14));
        assertThat(ScheduleInput.date("2027-02-30")).isEmpty();
        assertThat(ScheduleInput.date("14/3/2027")).isEmpty();
        assertThat(ScheduleInput.date("soon")).isEmpty();
    }
}
