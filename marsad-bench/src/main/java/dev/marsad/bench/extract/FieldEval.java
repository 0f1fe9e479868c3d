package dev.marsad.bench.extract;

import dev.marsad.extract.Article;
import dev.marsad.extract.ExtractionOutcome;
import dev.marsad.extract.RelatedLink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Field-by-field accuracy of Marsad's articles against hand-made gold, with the rules of {@link
 * FieldMatch}: title, date, authors, tags, related links, source, and the body's 4-shingle F1 where
 * the set has a gold body. A field counts only on pages whose gold has it. Reads the layouts of
 * {@link FieldSets}; can keep one fixed half of the pages (by a hash of the page id, the file path)
 * and dump every field's gold and output per page.
 */
final class FieldEval {

    /** The tally key of the tag items: common, ours, gold (for micro precision, recall and F1). */
    private static final String TAG_ITEMS = "tag items";

    private static final List<String> FIELDS = List.of("title", "date", "authors", "tags", "relatedLinks", "source");

    private final PrintWriter out;
    private final Half half;
    private final Optional<Path> dump;
    private final BodyExtractor.Marsad marsad = new BodyExtractor.Marsad();

    FieldEval(PrintWriter out) {
        this(out, Half.ALL, Optional.empty());
    }

    FieldEval(PrintWriter out, Half half, Optional<Path> dump) {
        this.out = out;
        this.half = half;
        this.dump = dump;
    }

    void run(Path dir) {
        List<FieldGold> golds = FieldSets.read(dir).stream()
                .filter(g -> half.keeps(g.page().id()))
                .toList();
        Map<String, int[]> tally = new LinkedHashMap<>();
        FIELDS.forEach(f -> tally.put(f, new int[2]));
        tally.put(TAG_ITEMS, new int[3]);
        List<String> rows = new ArrayList<>();
        List<String> goldBodies = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (FieldGold g : golds) {
            ExtractionOutcome outcome = marsad.outcome(g.page());
            Optional<Article> a =
                    outcome instanceof ExtractionOutcome.Extracted e ? Optional.of(e.article()) : Optional.empty();
            new PageCheck(g, a, tally, rows).all();
            if (!g.page().goldBody().isEmpty()) {
                goldBodies.add(g.page().goldBody());
                bodies.add(a.map(Article::plainText).orElse(""));
                writeBody(dir, g.page().id(), goldBodies.getLast(), bodies.getLast());
            }
        }
        print(dir, golds.size(), tally, goldBodies, bodies);
        write(dir, rows);
    }

    /** The checks of one page; each adds to the tally and, for the dump, one row per field. */
    private record PageCheck(FieldGold g, Optional<Article> a, Map<String, int[]> tally, List<String> rows) {

        void all() {
            check(
                    "title",
                    g.title(),
                    t -> a.map(x -> FieldMatch.title(t, x.title())).orElse(false),
                    Article::title);
            check(
                    "date",
                    g.date(),
                    d -> a.flatMap(Article::published)
                            .map(p -> FieldMatch.date(d, p))
                            .orElse(false),
                    x -> x.published().map(Object::toString).orElse(""));
            check(
                    "authors",
                    g.authors(),
                    s -> g.authorsAsOneString()
                            ? FieldMatch.authorWords(String.join(" ", s), authors())
                            : FieldMatch.authorList(s, authors()),
                    x -> String.join(" ; ", x.authors()));
            check("tags", g.tags(), s -> FieldMatch.tags(s, tags()), x -> String.join(" ; ", x.tags()));
            g.tags().ifPresent(s -> {
                int[] c = tally.get(TAG_ITEMS);
                c[0] += FieldMatch.commonTags(s, tags());
                c[1] += FieldMatch.folded(FieldMatch.cleanSet(tags())).size();
                c[2] += FieldMatch.folded(s).size();
            });
            check(
                    "relatedLinks",
                    g.related(),
                    s -> FieldMatch.related(s, related()),
                    x -> String.join(" ; ", related()));
            check(
                    "source",
                    g.source(),
                    s -> FieldMatch.collapse(a.flatMap(Article::source).orElse(""))
                            .equals(s),
                    x -> x.source().orElse(""));
        }

        private List<String> tags() {
            return a.map(Article::tags).orElse(List.of());
        }

        private List<String> authors() {
            return a.map(Article::authors).orElse(List.of());
        }

        private List<String> related() {
            return a.map(x -> x.relatedLinks().stream().map(RelatedLink::title).toList())
                    .orElse(List.of());
        }

        private <T> void check(String field, Optional<T> gold, Predicate<T> correct, Function<Article, String> shown) {
            if (gold.isEmpty()) return;
            int[] c = tally.get(field);
            c[1]++;
            boolean ok = correct.test(gold.get());
            if (ok) c[0]++;
            String goldText = gold.get() instanceof java.util.Collection<?> col
                    ? String.join(
                            " ; ", col.stream().map(Object::toString).sorted().toList())
                    : gold.get().toString();
            rows.add(String.join(
                    "\t",
                    field,
                    ok ? "ok" : "ERR",
                    g.page().id(),
                    goldText,
                    a.map(shown).orElse("<rejected>")));
        }
    }

    private void print(Path dir, int pages, Map<String, int[]> tally, List<String> goldBodies, List<String> bodies) {
        out.printf(
                Locale.ROOT,
                "%n== %s (%s, half=%s): %d pages, Marsad field accuracy (correct / pages with gold)%n",
                dir.getFileName(),
                FieldSets.Layout.of(dir).name().toLowerCase(Locale.ROOT),
                half,
                pages);
        tally.forEach((field, c) -> {
            if (c.length == 2 && c[1] > 0)
                out.printf(Locale.ROOT, "%-14s %6.3f  (%d/%d)%n", field, (double) c[0] / c[1], c[0], c[1]);
        });
        int[] t = tally.get(TAG_ITEMS);
        if (t[2] > 0) {
            double p = t[1] == 0 ? 0 : (double) t[0] / t[1];
            double r = (double) t[0] / t[2];
            out.printf(
                    Locale.ROOT,
                    "%-14s %6.3f  (P %.3f, R %.3f; tag items, case folded)%n",
                    "tags F1",
                    p + r == 0 ? 0 : 2 * p * r / (p + r),
                    p,
                    r);
        }
        if (goldBodies.isEmpty()) return;
        BodyMetrics.Scores s = BodyMetrics.scrapinghub(goldBodies, bodies);
        out.printf(
                Locale.ROOT,
                "%-14s %6.3f  (P %.3f, R %.3f; 4-shingle)%n",
                "body F1",
                s.f1(),
                s.precision(),
                s.recall());
    }

    /** For the dump: the page's gold body and Marsad's, as {@code <set>-body/<page>.gold.txt} and {@code .out.txt}. */
    private void writeBody(Path dir, String id, String gold, String ours) {
        if (dump.isEmpty()) return;
        Path folder = dump.get().resolve(dir.getFileName() + "-body");
        String name = id.replaceAll("[^\\w.-]", "_");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(name + ".gold.txt"), gold, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + ".out.txt"), ours, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump into " + folder, e);
        }
    }

    private void write(Path dir, List<String> rows) {
        if (dump.isEmpty()) return;
        rows.sort(null);
        try {
            Files.createDirectories(dump.get());
            Files.writeString(
                    dump.get().resolve(dir.getFileName() + ".fields.tsv"),
                    String.join("\n", rows) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dump into " + dump.get(), e);
        }
    }
}
