package dev.marsad.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the clients ask for, read from the served site itself: a reader's mix of pages, searches
 * and API calls over the demo's articles, stories and tags, and an abuser's expensive searches.
 */
final class RequestMix {

    /** Words a reader of the demo searches for: from its stories (Karabakh, wheat, talks, …). */
    private static final List<String> READER_WORDS = List.of(
            "كاراباخ",
            "قره باخ",
            "وقف إطلاق النار",
            "القمح",
            "أسعار",
            "الرياض",
            "مفاوضات",
            "الحكومة",
            "بيروت",
            "النفط");

    /** Arabic letters an abuser builds prefixes from (alef to yeh). */
    private static final String LETTERS = "\u0627\u0628\u062A\u062B\u062C\u062D\u062E\u062F\u0630\u0631\u0632"
            + "\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063A\u0641\u0642\u0643\u0644\u0645\u0646\u0647"
            + "\u0648\u064A";

    private final List<String> articles;
    private final List<String> stories;
    private final List<String> tags;

    private RequestMix(List<String> articles, List<String> stories, List<String> tags) {
        if (articles.isEmpty()) throw new IllegalStateException("the served index has no articles");
        this.articles = List.copyOf(articles);
        this.stories = List.copyOf(stories);
        this.tags = List.copyOf(tags);
    }

    /** Reads the ids to ask for from the site's API. */
    static RequestMix read(HttpClient http, URI base) throws IOException, InterruptedException {
        var json = new ObjectMapper();
        List<String> articles = new ArrayList<>();
        for (JsonNode a : get(http, json, base, "/api/articles?pageSize=100").get("items"))
            articles.add(a.get("href").asText().replace("/api/articles/", "/article/"));
        List<String> stories = new ArrayList<>();
        for (JsonNode s : get(http, json, base, "/api/stories?pageSize=100").get("items"))
            stories.add(s.get("href").asText().replace("/api/stories/", "/story/"));
        List<String> tags = new ArrayList<>();
        for (JsonNode t : get(http, json, base, "/api/tags").get("items"))
            tags.add(t.get("href").asText());
        return new RequestMix(articles, stories, tags);
    }

    private static JsonNode get(HttpClient http, ObjectMapper json, URI base, String path)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200)
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        return json.readTree(response.body());
    }

    int articleCount() {
        return articles.size();
    }

    /**
     * A reader's next request: article pages 35 %, the home page 15 %, story pages 10 %, tag pages
     * 5 %, the search page 15 %, API search 10 %, API article 5 %, API listings 5 %.
     */
    String readerPath(Random random) {
        int r = random.nextInt(100);
        if (r < 35) return pick(random, articles);
        if (r < 50) return "/";
        if (r < 60) return stories.isEmpty() ? "/" : pick(random, stories);
        if (r < 65) return tags.isEmpty() ? "/tags" : pick(random, tags);
        if (r < 80) return "/search?q=" + enc(pick(random, READER_WORDS));
        if (r < 90) return "/api/search?q=" + enc(pick(random, READER_WORDS));
        if (r < 95) return pick(random, articles).replace("/article/", "/api/articles/");
        return random.nextBoolean() ? "/api/articles" : "/api/stories";
    }

    /**
     * An abuser's next request (issue 10), new each time so that no answer can be reused: a short or
     * a three-letter wildcard, fuzzy syntax, a long OR list, a phrase with groups and wildcards, deep
     * paging; on the search page or the API.
     */
    String abusivePath(Random random) {
        String q = switch (random.nextInt(6)) {
            case 0 -> letter(random) + "*";
            case 1 -> "\u0627\u0644" + letter(random) + "* " + letter(random) + letter(random) + letter(random) + "*";
            case 2 -> pick(random, READER_WORDS) + "~2 " + letter(random) + letter(random) + "~1";
            case 3 -> {
                var words = new ArrayList<String>();
                for (int i = 0; i < 30; i++) words.add(letter(random) + letter(random) + letter(random));
                yield String.join(" | ", words);
            }
            case 4 ->
                "\"" + pick(random, READER_WORDS) + "\" | (" + letter(random) + letter(random) + letter(random)
                        + "* + -" + letter(random) + "*)";
            default -> random.nextBoolean() ? "" : pick(random, READER_WORDS);
        };
        int page = random.nextInt(4) == 0 ? 50 + random.nextInt(51) : 1 + random.nextInt(3);
        String where = random.nextBoolean() ? "/api/search" : "/search";
        return where + "?q=" + enc(q) + "&page=" + page + "&pageSize=100";
    }

    private static String letter(Random random) {
        return String.valueOf(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
