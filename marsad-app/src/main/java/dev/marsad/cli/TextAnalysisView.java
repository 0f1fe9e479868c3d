package dev.marsad.cli;

import dev.marsad.analyze.AnalyzedArticle;
import dev.marsad.analyze.Entity;
import dev.marsad.analyze.EntityMention;
import dev.marsad.analyze.TextAnalysis;
import dev.marsad.web.ApiArticle;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape {@code marsad analyze} prints for a plain text or a JSON line: what was understood
 * of it, entity mentions located by offsets into the {@code text} given.
 *
 * @param line the input line (1 for plain text)
 * @param id the id the input gave, or null
 * @param url the url the input gave, or null
 * @param title the headline
 * @param published the publication instant, or null
 * @param section Marsad's section ({@code unknown} when nothing is confident)
 * @param tags unified tags
 * @param dates resolved date expressions of title and text
 * @param quantities counted quantities of title and text
 * @param entities entities in order of first mention, each with its mentions in the text
 * @param attributions who is reported as saying something: speaker, verb, the words as written
 * @param keywords characteristic normalised terms, best first
 */
record TextAnalysisView(
        long line,
        String id,
        URI url,
        String title,
        Instant published,
        String section,
        List<ApiArticle.TagView> tags,
        List<ApiArticle.DateView> dates,
        List<ApiArticle.QuantityView> quantities,
        List<EntityView> entities,
        List<ApiArticle.AttributionView> attributions,
        List<String> keywords) {

    /** An entity with the spans of the text that name it ({@code text.substring(start, end)}). */
    record EntityView(String id, String name, String type, List<String> variants, List<MentionView> mentions) {}

    /** One mention: offsets into the input's {@code text} and the text they cover. */
    record MentionView(int start, int end, String text) {}

    /** A line that could not be analysed: its number, its id when readable, and why. */
    record LineError(long line, String id, String error) {}

    static TextAnalysisView of(long line, String id, String text, TextAnalysis analysis) {
        AnalyzedArticle analyzed = analysis.analyzed();
        Map<String, List<MentionView>> spans = new LinkedHashMap<>();
        for (EntityMention m : analysis.mentions())
            spans.computeIfAbsent(m.id(), k -> new ArrayList<>())
                    .add(new MentionView(m.start(), m.end(), text.substring(m.start(), m.end())));
        List<EntityView> entities = new ArrayList<>();
        for (Entity e : analyzed.entities())
            entities.add(new EntityView(
                    e.id(), e.name(), e.type().name(), e.variants(), spans.getOrDefault(e.id(), List.of())));
        var article = analyzed.article();
        return new TextAnalysisView(
                line,
                id,
                article.url().getScheme().equals(AnalyzeCommand.TEXT_SCHEME) ? null : article.url(),
                article.title(),
                article.published().orElse(null),
                analyzed.section().name().toLowerCase(Locale.ROOT),
                analyzed.readerTags().stream().map(ApiArticle::tag).toList(),
                analyzed.dates().stream().map(ApiArticle::date).toList(),
                analyzed.quantities().stream().map(ApiArticle::quantity).toList(),
                entities,
                analyzed.attributions().stream().map(ApiArticle::attribution).toList(),
                analyzed.keywords());
    }
}
