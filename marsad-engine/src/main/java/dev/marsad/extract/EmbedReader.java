package dev.marsad.extract;

import dev.marsad.extract.Embed.Platform;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises posts embedded from social platforms (X/Twitter and Instagram blockquotes, TikTok,
 * YouTube, Facebook and Telegram widgets and iframes), turns each into an {@link Embed} and removes
 * it from the DOM so that it is not read as body text.
 */
final class EmbedReader {

    /**
     * The signature line under a quoted tweet: "— Dr.Gada Ennab (@gadaennab) September 20, 2023".
     * Groups: name, handle, date.
     */
    static final Pattern TWEET_SIGNATURE =
            Pattern.compile("[\u2014\u2013-]+\\s*([^()\u2014]{1,80}?)\\s*\\(@(\\w{1,15})\\)\\s*(.{0,40})$");

    private static final DateTimeFormatter TWEET_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    /** Lines an Instagram widget adds around the caption, in English and Arabic. */
    private static final Pattern WIDGET_LINE =
            Pattern.compile("(?i)view this post on instagram|a post shared by|shared a post"
                    // عرض هذا المنشور / منشور مشترك من / تمت مشاركة منشور
                    + "|\u0639\u0631\u0636 \u0647\u0630\u0627 \u0627\u0644\u0645\u0646\u0634\u0648\u0631"
                    + "|\u0645\u0646\u0634\u0648\u0631 \u0645\u0634\u062a\u0631\u0643"
                    + "|\u062a\u0645\u062a \u0645\u0634\u0627\u0631\u0643\u0629 \u0645\u0646\u0634\u0648\u0631");

    /** The words before the poster's linked name in a Facebook widget's fallback text. */
    private static final String POSTED_BY = "posted by";

    private static final Pattern YOUTUBE_ID =
            Pattern.compile("(?:youtube(?:-nocookie)?\\.com/(?:embed|v|shorts)/|youtu\\.be/|[?&]v=)([\\w-]{6,20})");

    /**
     * Reads the embeds among {@code candidates} (blockquotes, iframes, widget scripts and divs of
     * the page, in page order) and removes them.
     */
    List<EmbedPlaces.Anchored> readAndRemove(List<Element> candidates) {
        List<EmbedPlaces.Anchored> found = new ArrayList<>();
        for (Element e : candidates) {
            if (!isCandidate(e)) continue;
            if (e.parent() == null) continue; // inside an embed removed before
            Optional<Embed> embed = read(e);
            if (embed.isPresent()) {
                found.add(new EmbedPlaces.Anchored(embed.get(), EmbedPlaces.anchorsBefore(e)));
                e.remove();
            }
        }
        return found;
    }

    private static boolean isCandidate(Element e) {
        String cls = e.className();
        return switch (e.normalName()) {
            case "blockquote" ->
                cls.contains("twitter-")
                        || cls.contains("instagram-media")
                        || cls.contains("tiktok-embed")
                        || e.hasAttr("data-instgrm-permalink")
                        || isBareTweet(e);
            case "iframe" -> e.hasAttr("src");
            case "script" -> e.hasAttr("data-telegram-post");
            case "div" -> cls.contains("fb-post") || cls.contains("fb-video");
            default -> e.hasAttr("videoid");
        };
    }

    /**
     * A tweet pasted with its markup but without the widget's class: a blockquote whose last link
     * is the post's permalink on X or Twitter and whose text ends in the "— Name (@handle)"
     * signature.
     */
    private static boolean isBareTweet(Element e) {
        Element last = e.select("a[href]").last();
        if (last == null) return false;
        String href = last.attr("href").toLowerCase(Locale.ROOT);
        return (href.contains("twitter.com/") || href.contains("//x.com/"))
                && href.contains("/status/")
                && e.text().contains("(@");
    }

    private Optional<Embed> read(Element e) {
        String cls = e.className();
        if (e.nameIs("blockquote") && (cls.contains("twitter") || isBareTweet(e))) return Optional.of(tweet(e));
        if (e.nameIs("blockquote") && (cls.contains("instagram") || e.hasAttr("data-instgrm-permalink")))
            return Optional.of(instagram(e));
        if (e.nameIs("blockquote") && cls.contains("tiktok"))
            return Optional.of(post(Platform.TIKTOK, e, e.attr("cite")));
        if (e.nameIs("script"))
            return Optional.of(bare(Platform.TELEGRAM, "https://t.me/" + e.attr("data-telegram-post")));
        if (e.nameIs("lite-youtube"))
            return Optional.of(bare(Platform.YOUTUBE, "https://www.youtube.com/watch?v=" + e.attr("videoid")));
        if (e.nameIs("div")) return Optional.of(facebook(e));
        return iframe(e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src"));
    }

    private static Optional<Embed> iframe(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        Matcher yt = YOUTUBE_ID.matcher(src);
        if ((s.contains("youtube") || s.contains("youtu.be")) && yt.find())
            return Optional.of(bare(Platform.YOUTUBE, "https://www.youtube.com/watch?v=" + yt.group(1)));
        if (s.contains("facebook.com/plugins"))
            return Optional.of(bare(Platform.FACEBOOK, queryParam(src, "href").orElse(src)));
        if (s.contains("instagram.com")) return Optional.of(bare(Platform.INSTAGRAM, src));
        if (s.contains("tiktok.com")) return Optional.of(bare(Platform.TIKTOK, src));
        if (s.contains("t.me/") || s.contains("telegram.org")) return Optional.of(bare(Platform.TELEGRAM, src));
        if (s.contains("twitter.com") || s.contains("x.com/")) return Optional.of(bare(Platform.X, src));
        return Optional.empty();
    }

    /** A quoted tweet: its paragraph is the text; the signature gives name, handle and date. */
    private static Embed tweet(Element e) {
        Element p = e.selectFirst("p");
        String text = Whitespace.collapse(p != null ? p.wholeText() : e.wholeText());
        String whole = Whitespace.collapse(e.wholeText());
        Optional<String> author = Optional.empty();
        Optional<String> handle = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Matcher m = TWEET_SIGNATURE.matcher(whole);
        if (m.find()) {
            author = Optional.of(m.group(1).strip()).filter(s -> !s.isEmpty());
            handle = Optional.of(m.group(2));
            date = tweetDate(m.group(3));
            if (p == null) text = Whitespace.collapse(whole.substring(0, m.start()));
        }
        Optional<URI> url = Optional.empty();
        for (Element a : e.select("a[href]")) {
            if (a.attr("href").contains("/status/"))
                url = uri(a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href"));
        }
        return new Embed(Platform.X, author, handle, date, text, url);
    }

    static Optional<LocalDate> tweetDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), TWEET_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Embed post(Platform platform, Element e, String url) {
        Optional<String> handle = Optional.empty();
        Matcher m = Pattern.compile("@([\\w.]{1,30})").matcher(e.text());
        if (m.find()) handle = Optional.of(m.group(1));
        return new Embed(platform, Optional.empty(), handle, Optional.empty(), Whitespace.collapse(e.text()), uri(url));
    }

    /**
     * An Instagram post: its caption without the widget's own lines ("View this post on
     * Instagram", "A post shared by …"); the handle from the "shared by" line.
     */
    private static Embed instagram(Element e) {
        Embed post = post(Platform.INSTAGRAM, e, e.attr("data-instgrm-permalink"));
        List<String> lines = new ArrayList<>();
        for (Element p : e.select("p")) {
            String line = Whitespace.collapse(p.text());
            if (!line.isEmpty() && !WIDGET_LINE.matcher(line).find()) lines.add(line);
        }
        if (lines.isEmpty()) return post;
        return new Embed(
                post.platform(), post.author(), post.handle(), post.date(), String.join(" ", lines), post.url());
    }

    /**
     * A Facebook post widget: the post's text as its fallback blockquote quotes it (before the
     * "Posted by" line), and the poster's name from that line.
     */
    private static Embed facebook(Element e) {
        Optional<URI> url = uri(e.attr("data-href"));
        Element quote = e.selectFirst("blockquote");
        if (quote == null)
            return new Embed(Platform.FACEBOOK, Optional.empty(), Optional.empty(), Optional.empty(), "", url);
        List<String> lines = new ArrayList<>();
        for (Element p : quote.select("p")) lines.add(Whitespace.collapse(p.text()));
        Optional<String> author = postedBy(quote);
        String text = String.join(" ", lines.stream().filter(l -> !l.isEmpty()).toList());
        return new Embed(Platform.FACEBOOK, author, Optional.empty(), Optional.empty(), text, url);
    }

    /** The linked name right after a "Posted by" text in a Facebook widget's fallback text. */
    private static Optional<String> postedBy(Element quote) {
        for (org.jsoup.nodes.Node n : quote.childNodes()) {
            if (!(n instanceof org.jsoup.nodes.TextNode t)
                    || !t.text().toLowerCase(Locale.ROOT).contains(POSTED_BY)) continue;
            if (t.nextSibling() instanceof Element a && a.nameIs("a"))
                return Optional.of(Whitespace.collapse(a.text())).filter(name -> !name.isEmpty());
        }
        return Optional.empty();
    }

    private static Embed bare(Platform platform, String url) {
        return new Embed(platform, Optional.empty(), Optional.empty(), Optional.empty(), "", uri(url));
    }

    private static Optional<String> queryParam(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) { // "%=" and the like in a broken URL
            return Optional.empty();
        }
    }

    static Optional<URI> uri(String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        try {
            String t = s.strip();
            if (t.startsWith("//")) t = "https:" + t;
            return Optional.of(new URI(t.replace(" ", "%20")));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
