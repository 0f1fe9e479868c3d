package dev.marsad.extract;

import dev.marsad.extract.Embed.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last touches on the body blocks: 1. the headline repeated as the first block and the
 * visible date line go, 2. quoted
 * tweets pasted as text (a paragraph and a "— Name (@handle) date" signature line) become embeds,
 * 3. a trailing agency tag ("… --(بترا)") is cut off and named as the source, 4. repeated blocks
 * go.
 */
final class BodyPolisher {

    /** "--(بترا)" or "- (وكالات)" at the very end of the last paragraph: the agency that wrote it. */
    private static final Pattern AGENCY_TAG =
            Pattern.compile("\\s*[-\u2013\u2014]{1,3}\\s*\\(([^()\\d]{2,25})\\)\\s*$");

    /** A date line is at most this long; a longer block starting with "published" is text. */
    private static final int MAX_DATE_LINE_CHARS = 120;

    /** A tweet pasted as text is at most this long. */
    private static final int MAX_TWEET_CHARS = 600;

    /** The polished body, the embeds found in it, and the source named by an agency tag. */
    record Polished(List<Block> body, List<Embed> embeds, Optional<String> agency) {}

    Polished polish(List<Block> blocks, Optional<String> title) {
        List<Block> body = new ArrayList<>(blocks);
        body.removeIf(b ->
                b.text().isBlank() || b instanceof Block.Table t && t.rows().isEmpty());
        String foldedTitle = title.map(FoldedText::fold).orElse("\u0000");
        if (!body.isEmpty() && FoldedText.fold(body.getFirst().text()).equals(foldedTitle)) body.removeFirst(); // 1.
        body.removeIf(BodyPolisher::isDateLine);
        List<Embed> embeds = pastedTweets(body); // 2.
        Optional<String> agency = agencyTag(body); // 3.
        List<Block> unique = new ArrayList<>(); // 4.
        for (Block b : body) if (unique.isEmpty() || !unique.getLast().equals(b)) unique.add(b);
        return new Polished(unique, embeds, agency);
    }

    /** A short block that starts with a date-line label is the date line, not text. */
    private static boolean isDateLine(Block b) {
        if (b.text().length() > MAX_DATE_LINE_CHARS) return false;
        String folded = FoldedText.fold(b.text());
        Markers m = Markers.DEFAULT;
        return Markers.leading(m.dateLine(), folded, Markers.Glue.WORD).isPresent()
                || Markers.leading(m.modifiedLine(), folded, Markers.Glue.WORD).isPresent();
    }

    private static List<Embed> pastedTweets(List<Block> body) {
        List<Embed> embeds = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i).text();
            if (text.length() > MAX_TWEET_CHARS || !text.contains("(@")) continue;
            Matcher m = EmbedReader.TWEET_SIGNATURE.matcher(text);
            if (!m.find() || EmbedReader.tweetDate(m.group(3)).isEmpty()) continue;
            String tweet = text.substring(0, m.start()).strip();
            if (tweet.isEmpty() && i > 0 && body.get(i - 1).text().length() <= MAX_TWEET_CHARS) {
                tweet = body.get(i - 1).text();
                body.remove(--i);
            }
            embeds.add(new Embed(
                    Platform.X,
                    Optional.of(m.group(1).strip()),
                    Optional.of(m.group(2)),
                    EmbedReader.tweetDate(m.group(3)),
                    tweet,
                    Optional.empty()));
            body.remove(i--);
        }
        return embeds;
    }

    private static Optional<String> agencyTag(List<Block> body) {
        if (body.isEmpty() || !(body.getLast() instanceof Block.Paragraph last)) return Optional.empty();
        Matcher m = AGENCY_TAG.matcher(last.text());
        if (!m.find()) return Optional.empty();
        String rest = last.text().substring(0, m.start()).strip();
        body.removeLast();
        if (!rest.isEmpty()) body.add(new Block.Paragraph(rest));
        return Optional.of(m.group(1).strip());
    }
}
