package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkerShareTest {

    private static Source source(String id, String... feeds) {
        return new Source(
                id, id, List.of(feeds).stream().map(URI::create).toList(), List.of(), List.of(), Duration.ZERO);
    }

    /** 300 sources, each on a domain of its own. */
    private static List<Source> manySources() {
        var sources = new ArrayList<Source>();
        for (int i = 0; i < 300; i++) sources.add(source("s" + i, "https://www.site" + i + ".com/rss"));
        return sources;
    }

    @Test
    void readsKOfN() {
        assertThat(WorkerShare.parse("2/3")).isEqualTo(new WorkerShare(2, 3));
        assertThat(WorkerShare.parse(" 1/1 ")).isEqualTo(WorkerShare.ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/2", "3/2", "1/0", "a/b", "2", "1/2/3", ""})
    void rejectsWhatIsNotKOfN(String text) {
        assertThatThrownBy(() -> WorkerShare.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("K/N");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void givesEverySourceToExactlyOneWorker(int workers) {
        List<Source> all = manySources();
        var taken = new HashMap<String, Integer>();
        for (int k = 1; k <= workers; k++)
            for (Source s : new WorkerShare(k, workers).select(all))
                assertThat(taken.put(s.id(), k)).as("%s taken twice", s.id()).isNull();
        assertThat(taken).hasSize(all.size());
    }

    @Test
    void spreadsDomainsEvenlyEnough() {
        List<Source> all = manySources();
        for (int k = 1; k <= 3; k++)
            assertThat(new WorkerShare(k, 3).select(all))
                    .as("worker %d of 3", k)
                    .hasSizeBetween(all.size() / 5, all.size() / 2);
    }

    @Test
    void movesDomainsOnlyToTheNewWorkerWhenOneIsAdded() {
        List<Source> all = manySources();
        Map<String, Integer> before = owners(all, 3);
        Map<String, Integer> after = owners(all, 4);
        int moved = 0;
        for (var e : before.entrySet())
            if (!after.get(e.getKey()).equals(e.getValue())) {
                moved++;
                assertThat(after.get(e.getKey())).as("%s moved", e.getKey()).isEqualTo(4);
            }
        assertThat(moved).as("domains moved from 3 to 4 workers").isBetween(all.size() / 8, all.size() / 2);
    }

    @Test
    void keepsSourcesThatShareADomainWithOneWorker() {
        var sources = new ArrayList<>(manySources());
        // two sources on akhbar.com, and a third joined to them through its second feed
        sources.add(source("akhbar-news", "https://feeds.akhbar.com/news.xml"));
        sources.add(source("akhbar-sport", "https://www.akhbar.com/sport/rss"));
        sources.add(source("partner", "https://partner.example.org/rss", "https://akhbar.com/partner.xml"));
        for (int n = 2; n <= 6; n++) {
            Map<String, Integer> owners = owners(sources, n);
            assertThat(new HashSet<>(
                            List.of(owners.get("akhbar-news"), owners.get("akhbar-sport"), owners.get("partner"))))
                    .as("%d workers", n)
                    .hasSize(1);
        }
    }

    @Test
    void givesEachPolitenessDomainOneWorkerAcrossAllSources() {
        var sources = new ArrayList<>(manySources());
        sources.add(source("gulf-a", "https://a.gulf-news.com/rss"));
        sources.add(source("gulf-b", "https://b.gulf-news.com/rss"));
        for (int n = 2; n <= 4; n++) {
            var domainOwner = new HashMap<String, Integer>();
            for (int k = 1; k <= n; k++)
                for (Source s : new WorkerShare(k, n).select(sources))
                    for (ListingUrl l : s.listings()) {
                        Integer previous = domainOwner.put(WorkerShare.domainOf(l.url()), k);
                        assertThat(previous == null || previous == k)
                                .as("%s crawled by workers %s and %d", l.url(), previous, k)
                                .isTrue();
                    }
            assertThat(new HashSet<>(domainOwner.values()))
                    .as("%d workers all used", n)
                    .hasSize(n);
        }
    }

    private static Map<String, Integer> owners(List<Source> sources, int workers) {
        var owners = new HashMap<String, Integer>();
        for (int k = 1; k <= workers; k++)
            for (Source s : new WorkerShare(k, workers).select(sources)) owners.put(s.id(), k);
        return owners;
    }
}
