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

    /**
     * What an abuser sends (issue 10): wildcards short and long, fuzzy syntax, a long OR list, a
     * phrase with groups, deep paging.
     */
    private static final List<String> ABUSIVE_PATHS = List.of(
            "/api/search?q=" + enc("ا*"),
            "/api/search?q=" + enc("ال*"),
            "/api/search?q=" + enc("الم*"),
            "/search?q=" + enc("القمح~2 كاراباخ~2"),
            "/api/search?q=" + enc(String.join(" | ", READER_WORDS) + " | " + String.join(" | ", READER_WORDS)),
            "/api/search?q=" + enc("\"وقف إطلاق النار\" | (قره باخ + مفاوض*) | -ال*"),
            "/api/search?q=&page=100&pageSize=100",
            "/search?q=" + enc("ا* | ب* | ت* | م* | ق* | ك*") + "&page=2");

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
        for (JsonNode t : get(http, json, base, "/api/tags"))
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

    /** An abuser's next request. */
    String abusivePath(Random random) {
        return pick(random, ABUSIVE_PATHS);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
