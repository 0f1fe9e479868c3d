package dev.marsad.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The schedules of the listings of some sources at one moment: which are due, when the next one is
 * due, when each source was last polled. A listing that has never been polled is due at once.
 *
 * @param listings the listings of the sources, in source order
 * @param times the stored schedules (of these listings and maybe others)
 */
record ScheduleView(List<ListingUrl> listings, Map<ListingUrl, ListingTimes> times) {

    ScheduleView {
        listings = List.copyOf(listings);
        times = Map.copyOf(times);
    }

    /** The view of every listing of {@code sources}. */
    static ScheduleView of(List<Source> sources, Map<ListingUrl, ListingTimes> times) {
        List<ListingUrl> listings = new ArrayList<>();
        sources.forEach(s -> listings.addAll(s.listings()));
        return new ScheduleView(listings, times);
    }

    /** When {@code listing} is due: {@link Instant#MIN} when it has never been polled. */
    Instant dueAt(ListingUrl listing) {
        ListingTimes t = times.get(listing);
        return t == null ? Instant.MIN : t.nextDue();
    }

    /** The listings due at {@code now}, in source order. */
    List<ListingUrl> due(Instant now) {
        return listings.stream().filter(l -> !dueAt(l).isAfter(now)).toList();
    }

    /** The earliest due time of all listings ({@link Instant#MIN} if one was never polled); empty without listings. */
    Optional<Instant> nextDue() {
        return listings.stream().map(this::dueAt).min(Instant::compareTo);
    }

    /** The time of the latest poll of each source that has been polled, by source id. */
    Map<String, Instant> lastPolls() {
        Map<String, Instant> last = new TreeMap<>();
        for (ListingUrl listing : listings) {
            ListingTimes t = times.get(listing);
            if (t != null) last.merge(listing.sourceId(), t.lastPoll(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }

    /** The poll times of one source's listings. */
    PollTimes pollTimes(String sourceId) {
        List<ListingUrl> mine =
                listings.stream().filter(l -> l.sourceId().equals(sourceId)).toList();
        Optional<Instant> next = mine.stream().map(this::dueAt).min(Instant::compareTo);
        return new PollTimes(Optional.ofNullable(lastPolls().get(sourceId)), next.filter(t -> !t.equals(Instant.MIN)));
    }
}
