package dev.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marsad.arabic.date.ArabicDateFinder;
import dev.marsad.arabic.date.Bias;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateCaseTest {

    @Test
    void eachRowIsCompletedByTheConventionOfTheProjectItComesFrom(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("cases.tsv");
        Files.writeString(
                tsv,
                "input\treference\texpected\tgrain\tkind\torigin\n"
                        + "الخميس\t2013-02-12T04:30:00-02:00\t2013-02-14T00:00:00\tday\tinstant\tduckling:Corpus.hs\n"
                        + "الأحد\t2013-02-12T04:30:00-02:00\t2013-02-10T00:00:00\tday\tinstant\tdateparser:test.py\n"
                        + "منذ يومين\t2014-09-01T10:30:00\t2014-08-30T10:30:00\tday\trelative-past\n",
                StandardCharsets.UTF_8);
        List<DateCase> cases = DateCase.read(tsv);
        assertThat(cases)
                .extracting(DateCase::sourceConvention)
                .containsExactly(Bias.FUTURE, Bias.NEAREST, Bias.NEAREST);
        DateCase thursday = cases.get(0);
        var found = new ArabicDateFinder(thursday.sourceConvention())
                .find(thursday.input(), thursday.reference().orElseThrow());
        assertThat(found).isNotEmpty();
        assertThat(thursday.matches(found.get(0)))
                .as("next Thursday under Duckling's convention")
                .isTrue();
        var nearest = new ArabicDateFinder(Bias.PAST)
                .find(thursday.input(), thursday.reference().orElseThrow());
        assertThat(thursday.matches(nearest.get(0)))
                .as("last Thursday is another day")
                .isFalse();
    }
}
