package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final LocalDate MARCH_3 = LocalDate.of(2019, 3, 3);
    private final DateParser dates = new DateParser();

    @Test
    void readsIsoDatesWithOrWithoutTime() {
        assertThat(dates.find("2019-03-03")).isEqualTo(MARCH_3);
        assertThat(dates.find("2019-03-03T23:15:00-05:00")).isEqualTo(MARCH_3);
    }

    @Test
    void readsEnglishMonthNamesInEitherOrder() {
        assertThat(dates.find("Sunday, March 3, 2019")).isEqualTo(MARCH_3);
        assertThat(dates.find("Mar. 3rd 2019")).isEqualTo(MARCH_3);
        assertThat(dates.find("3 March 2019")).isEqualTo(MARCH_3);
    }

    @Test
    void readsPdfDates() {
        assertThat(dates.find("D:20190303120000Z")).isEqualTo(MARCH_3);
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(dates.find("February 30, 2019")).isNull();
        assertThat(dates.find("2019-13-01")).isNull();
    }

    @Test
    void acceptsADatelineButNotASentenceContainingADate() {
        assertThat(dates.parseDateline("Published on March 3, 2019 at 10:30 a.m. ET")).isEqualTo(MARCH_3);
        assertThat(dates.parseDateline("The council met on March 3, 2019 to vote.")).isNull();
    }
}
