package dev.marsad.extract;

import dev.marsad.extract.Embed.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last touches on the body blocks: 1. a table of one column (a page laid out in table rows) is read
 * as paragraphs, 2. quoted tweets pasted as text (a paragraph and a "— Name (@handle) date"
 * signature line) become embeds, 3. the headline repeated near the top, the visible date line,
 * date-and-byline and byline lines at the edges, and contact lines under the text go ({@link
 * EdgeLines}), the publisher's calls and notices ({@link NoticeLines}), picture credits under the
 * text ({@link CreditLines}) and "read also" labels whose links went, 4. a trailing agency tag ("…
 * --(بترا)") is cut off and named as the source, 5. repeated blocks go.
 */
final class BodyPolisher {

    /** "--(بترا)" or "- (وكالات)" at the very end of the last paragraph: the agency that wrote it. */
    private static final Pattern AGENCY_TAG =
            Pattern.compile("\\s*[-\u2013\u2014]{1,3}\\s*\\(([^()\\d]{2,25})\\)\\s*$");

    /** A date line is at most this long; a longer block starting with "published" is text. */
    private static final int MAX_DATE_LINE_CHARS = 120;

    /** The repeated headline, leading date lines and reading-time lines are looked for in this many first blocks. */
    private static final int LEADING_BLOCKS = 3;

    /** Date lines and contact lines are looked for in this many last blocks. */
    private static final int TRAILING_BLOCKS = 3;

    /** Stubs at the end of the body go only in a run of at least this many labels. */
    private static final int MIN_STUB_RUN = 2;

    /** A byline line ("كتب: مراسلنا في صيدا") is at most this long. */
    private static final int MAX_BYLINE_CHARS = 80;

    /** An address of an image file (jpg, png, gif, webp, avif, svg, bmp), with or without a query. */
    private static final Pattern IMAGE_ADDRESS =
            Pattern.compile("(?i)(?:https?:)?//\\S+?\\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:[?#]\\S*)?");

    /** Characters of the block before a pasted tweet kept as its anchor. */
    private static final int PASTED_ANCHOR_CHARS = 40;

    /** A tweet pasted as text is at most this long. */
    private static final int MAX_TWEET_CHARS = 600;

    /** The polished body, the embeds found in it, and the source named by an agency tag. */
    record Polished(List<Block> body, List<EmbedPlaces.Anchored> embeds, Optional<String> agency) {}

    Polished polish(List<Block> blocks, Optional<String> title) {
        List<Block> body = flattenColumns(blocks); // 1.
        body.removeIf(b ->
                b.text().isBlank() || b instanceof Block.Table t && t.rows().isEmpty());
        List<EmbedPlaces.Anchored> embeds = pastedTweets(body); // 2.
        trimEdges(body, title); // 3.
        Optional<String> agency = agencyTag(body); // 4.
        List<Block> unique = new ArrayList<>(); // 5.
        for (Block b : body) if (unique.isEmpty() || !unique.getLast().equals(b)) unique.add(b);
        return new Polished(unique, embeds, agency);
    }

    /** Tables whose every row has a single cell are layout: their rows become paragraphs. */
    private static List<Block> flattenColumns(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Table t
                    && !t.rows().isEmpty()
                    && t.rows().stream().allMatch(r -> r.size() == 1)) {
                for (List<String> row : t.rows()) out.add(new Block.Paragraph(row.getFirst()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Removes the headline repeated in the first blocks, date lines (labelled ones anywhere,
     * unlabelled ones at either edge), the publisher's calls to follow or subscribe (anywhere), and
     * contact lines and picture credits at the end.
     */
    private static void trimEdges(List<Block> body, Optional<String> title) {
        for (int i = 0; i < Math.min(LEADING_BLOCKS, body.size()); i++) {
            if (!(body.get(i) instanceof Block.Table)
                    && EdgeLines.isHeadline(body.get(i).text(), title)) {
                body.remove(i);
                break;
            }
        }
        body.removeIf(BodyPolisher::isDateLine);
        if (body.size() > 1) body.removeIf(BodyPolisher::isLeftoverLabel);
        // above the article only: "90 min" inside a match report's ticker is a minute of the match
        for (int i = Math.min(LEADING_BLOCKS, body.size()) - 1; i >= 0 && body.size() > 1; i--)
            if (isReadingTime(body.get(i))) body.remove(i);
        if (body.size() > 1)
            body.removeIf(b -> b instanceof Block.Paragraph
                    && (NoticeLines.isNoticeAmongText(b.text()) || isBareImageAddresses(b.text())));
        for (int i = Math.min(LEADING_BLOCKS, body.size()) - 1; i >= 0 && body.size() > 1; i--)
            if (isUnlabelledDateLine(body.get(i))) body.remove(i);
        trimTrailingLabels(body);
        for (int n = 0; n < TRAILING_BLOCKS && body.size() > 1; n++) {
            Block last = body.getLast();
            boolean edge = isUnlabelledDateLine(last)
                    || last instanceof Block.Paragraph && EdgeLines.isContactLine(last.text())
                    || last instanceof Block.Paragraph && NoticeLines.isNotice(last.text())
                    || last instanceof Block.Paragraph && CreditLines.isCredit(last.text());
            if (!edge) break;
            body.removeLast();
        }
        dropCompanyProfile(body);
    }

    /**
     * A paragraph that is nothing but addresses of images ("https://cdn…/photo-01.jpg"): a
     * gallery whose pictures did not load, left as text; read as text, its numbers became
     * quantities and its words keywords.
     */
    static boolean isBareImageAddresses(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        for (String token : t.split("\\s+")) if (!IMAGE_ADDRESS.matcher(token).matches()) return false;
        return true;
    }

    /**
     * A company's profile under a press release ("نبذة عن شركة …: تأسست …"), at most
     * {@link #TRAILING_BLOCKS} blocks from the end: it and what follows it go. The body keeps at
     * least one block before it.
     */
    private static void dropCompanyProfile(List<Block> body) {
        for (int i = Math.max(1, body.size() - TRAILING_BLOCKS); i < body.size(); i++) {
            Block b = body.get(i);
            if (b instanceof Block.Table || b instanceof Block.ListBlock) continue;
            String folded = FoldedText.fold(b.text());
            if (Markers.leading(Markers.DEFAULT.about(), folded, Markers.Glue.WORD)
                    .isPresent()) {
                body.subList(i, body.size()).clear();
                return;
            }
        }
    }

    /**
     * A heading with no text under it closes no article: it labels what follows the article
     * ("اقرأ أيضا", "Comments"). Goes alone, or with the short stubs next to it when the body ends
     * in a run of at least {@link #MIN_STUB_RUN} headings and stubs ("طباعة", "التعليقات").
     */
    private static void trimTrailingLabels(List<Block> body) {
        int run = 0;
        while (run < TRAILING_BLOCKS && run < body.size() - 1 && isLabel(body.get(body.size() - 1 - run))) run++;
        if (run < MIN_STUB_RUN) run = body.size() > 1 && body.getLast() instanceof Block.Heading ? 1 : 0;
        for (int i = 0; i < run; i++) body.removeLast();
    }

    /**
     * A "read also" or "more information" label standing alone ("Lesetipp", "اقرأ أيضاً",
     * "Weitere Informationen"): the links it announced have gone, so it labels nothing.
     */
    private static boolean isLeftoverLabel(Block b) {
        return !(b instanceof Block.Table)
                && b.text().length() <= LabelLine.MAX_CHARS
                && isReadAlsoLabel(FoldedText.fold(b.text()));
    }

    private static boolean isReadAlsoLabel(String folded) {
        return Markers.isExactly(Markers.DEFAULT.readAlso(), folded)
                || Markers.isExactly(Markers.DEFAULT.moreInfo(), folded);
    }

    /** A paragraph or heading that only gives the article's reading time ("دقيقتان للقراءة"). */
    private static boolean isReadingTime(Block b) {
        return (b instanceof Block.Paragraph || b instanceof Block.Heading) && EdgeLines.isReadingTime(b.text());
    }

    private static boolean isLabel(Block b) {
        return b instanceof Block.Heading || b instanceof Block.Paragraph && EdgeLines.isStub(b.text());
    }

    private static boolean isUnlabelledDateLine(Block b) {
        if (!(b instanceof Block.Paragraph || b instanceof Block.Heading)) return false;
        return EdgeLines.isDateLine(b.text()) || isBylineLine(b.text());
    }

    /** A short line that starts with a byline label ("كتب: …", "By …") and is no sentence. */
    private static boolean isBylineLine(String text) {
        if (text.length() > MAX_BYLINE_CHARS || ProseSignals.endsSentence(text)) return false;
        return Markers.leading(Markers.DEFAULT.byline(), FoldedText.fold(text), Markers.Glue.WORD)
                        .isPresent()
                && readsAsNames(Bylines.names(text));
    }

    /**
     * Whether the names read from a byline line can be names: in Latin script every word is
     * capitalised ("By Jane Doe and John Roe", not "By the numbers"); Arabic has no capitals, so
     * any name counts.
     */
    private static boolean readsAsNames(List<String> names) {
        if (names.isEmpty()) return false;
        for (String name : names) {
            for (String word : name.split("\\s+")) {
                char c = word.isEmpty() ? ' ' : word.charAt(0);
                if (Character.isLetter(c) && c < LAST_LATIN && !Character.isUpperCase(c)) return false;
            }
        }
        return true;
    }

    /** Letters below this code point are Latin (Basic Latin to Latin Extended-B). */
    private static final char LAST_LATIN = '\u0250';

    /** A short block that starts with a date-line label is the date line, not text. */
    private static boolean isDateLine(Block b) {
        if (b.text().length() > MAX_DATE_LINE_CHARS) return false;
        String folded = FoldedText.fold(b.text());
        Markers m = Markers.DEFAULT;
        return Markers.leading(m.dateLine(), folded, Markers.Glue.WORD).isPresent()
                || Markers.leading(m.modifiedLine(), folded, Markers.Glue.WORD).isPresent();
    }

    /** The end of a block's text, as an embed's anchor. */
    private static String blockEnd(Block b) {
        String text = b.text();
        return text.length() <= PASTED_ANCHOR_CHARS ? text : text.substring(text.length() - PASTED_ANCHOR_CHARS);
    }

    private static List<EmbedPlaces.Anchored> pastedTweets(List<Block> body) {
        List<EmbedPlaces.Anchored> embeds = new ArrayList<>();
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
            Embed embed = new Embed(
                    Platform.X,
                    Optional.of(m.group(1).strip()),
                    Optional.of(m.group(2)),
                    EmbedReader.tweetDate(m.group(3)),
                    tweet,
                    Optional.empty());
            embeds.add(new EmbedPlaces.Anchored(embed, i > 0 ? List.of(blockEnd(body.get(i - 1))) : List.of()));
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
