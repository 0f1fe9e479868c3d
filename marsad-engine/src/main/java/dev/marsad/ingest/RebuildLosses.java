package dev.marsad.ingest;

import dev.marsad.extract.Article;
import dev.marsad.index.LuceneArticleIndex;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * What a rebuilt index would lose against the live one: the captures the rebuild failed to store,
 * and the live index's articles that the rebuilt one lacks although the rebuild did not decide
 * their page anew (an unreadable WARC record, a page that was never in {@code warc/} such as an
 * HTML file given to {@code marsad ingest}). A live article whose page the rebuild stored under
 * another id or rejected (an improved extractor's decision) is no loss.
 *
 * <p>Hears every verdict of the replay ({@link #accept}), then compares the two indexes ({@link
 * #find}).
 */
final class RebuildLosses implements Consumer<Verdict> {

    /** How many lost pages and failures a refusal names; the rest are counted. */
    private static final int EXAMPLES = 5;

    private final Set<URI> decided = ConcurrentHashMap.newKeySet();
    private final Queue<Verdict.Failed> failed = new ConcurrentLinkedQueue<>();

    @Override
    public void accept(Verdict verdict) {
        switch (verdict) {
            case Verdict.Stored s -> decided.add(s.url());
            case Verdict.Rejected r -> decided.add(r.url());
            case Verdict.Failed f -> failed.add(f);
        }
    }

    /**
     * Compares the live index with the rebuilt one, both as of their last commit.
     *
     * @return why the rebuilt index must not replace the live one, naming what it would lose; empty
     *     when it loses nothing
     */
    Optional<String> find(LuceneArticleIndex live, LuceneArticleIndex rebuilt) {
        Set<String> kept = new HashSet<>();
        rebuilt.forEachArticleId(kept::add);
        List<String> missing = new ArrayList<>();
        live.forEachArticleId(id -> {
            if (!kept.contains(id)) missing.add(id);
        });
        List<URI> lost = new ArrayList<>();
        for (String id : missing)
            live.article(id)
                    .map(a -> a.analyzed().article())
                    .filter(this::isUndecided)
                    .ifPresent(a -> lost.add(a.url()));
        if (lost.isEmpty() && failed.isEmpty()) return Optional.empty();
        return Optional.of(describe(lost, List.copyOf(failed)));
    }

    private boolean isUndecided(Article article) {
        return !decided.contains(article.url()) && !decided.contains(article.canonicalUrl());
    }

    private static String describe(List<URI> lost, List<Verdict.Failed> failures) {
        var text = new StringBuilder();
        if (!lost.isEmpty())
            text.append(String.format(
                    Locale.ROOT,
                    "the rebuilt index lacks %d articles of the live one (%s)",
                    lost.size(),
                    examples(lost.stream().map(URI::toString).toList())));
        if (!failures.isEmpty()) {
            if (!text.isEmpty()) text.append(" and ");
            text.append(String.format(
                    Locale.ROOT,
                    "%d captures failed to be stored (%s)",
                    failures.size(),
                    examples(failures.stream()
                            .map(f -> f.url() + ": " + f.stage().label() + ": " + f.detail())
                            .toList())));
        }
        return text.toString();
    }

    private static String examples(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(EXAMPLES, items.size())));
        return items.size() > EXAMPLES ? shown + ", …" : shown;
    }
}
