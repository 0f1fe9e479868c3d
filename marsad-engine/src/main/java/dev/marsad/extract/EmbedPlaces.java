package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Where embedded posts stand among the body's blocks. An embed is removed from the page before the
 * body is found, so it keeps the ends of the texts that came right before it on the page (its
 * anchors, nearest first); once the body is final, the embed stands after the last block that holds
 * the nearest anchor found in the body ({@link Embed#afterBlocks}). An embed right after the headline stands before the first block; one whose
 * anchor is in no block (a widget in a side column) has no place.
 */
final class EmbedPlaces {

    /** An anchor holds at most this many characters: the end of the text before the embed. */
    private static final int ANCHOR_CHARS = 40;

    /** Texts before an embed (one per block) tried as its anchor at most. */
    private static final int MAX_ANCHORS = 3;

    /** Nodes walked back from an embed at most while looking for its anchor. */
    private static final int MAX_NODES_BACK = 200;

    private EmbedPlaces() {}

    /** An embed read off the page, with the ends of the texts that came before it, nearest first. */
    record Anchored(Embed embed, List<String> anchors) {
        Anchored {
            anchors = List.copyOf(anchors);
        }
    }

    /**
     * The ends of the texts right before {@code e} on the page, one per block, nearest first, at most
     * {@link #MAX_ANCHORS}: the nearest may be a photo caption that the body leaves out.
     */
    static List<String> anchorsBefore(Element e) {
        List<String> anchors = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Element block = null;
        int walked = 0;
        for (Node n = previous(e); n != null && walked < MAX_NODES_BACK; n = previous(n), walked++) {
            if (!(n instanceof TextNode t) || t.isBlank()) continue;
            Element own = BodyFinder.blockAncestor(t);
            if (block != null && own != block) {
                anchors.add(tail(text));
                if (anchors.size() == MAX_ANCHORS) return anchors;
                text.setLength(0);
            }
            block = own;
            if (text.length() < 2 * ANCHOR_CHARS) text.insert(0, t.getWholeText());
        }
        if (!text.isEmpty()) anchors.add(tail(text));
        return anchors;
    }

    private static String tail(CharSequence text) {
        String collapsed = Whitespace.collapse(text.toString());
        return collapsed.length() <= ANCHOR_CHARS ? collapsed : collapsed.substring(collapsed.length() - ANCHOR_CHARS);
    }

    /** The node before {@code n} in document order (its previous sibling's last descendant, or its parent). */
    private static Node previous(Node n) {
        Node sibling = n.previousSibling();
        if (sibling == null) return n.parent();
        while (sibling.childNodeSize() > 0) sibling = sibling.childNode(sibling.childNodeSize() - 1);
        return sibling;
    }

    /** The embeds placed among {@code body}'s blocks, in page order. */
    static List<Embed> place(List<Anchored> embeds, List<Block> body, Optional<String> title) {
        List<Embed> placed = new ArrayList<>(embeds.size());
        for (Anchored a : embeds) placed.add(a.embed().placedAfter(placeOf(a.anchors(), body, title)));
        return placed;
    }

    private static int placeOf(List<String> anchors, List<Block> body, Optional<String> title) {
        for (String anchor : anchors) {
            if (anchor.isEmpty()) continue;
            for (int i = body.size() - 1; i >= 0; i--) if (body.get(i).text().contains(anchor)) return i + 1;
            if (title.map(t -> Whitespace.collapse(t).endsWith(anchor)).orElse(false)) return 0;
        }
        return Embed.UNPLACED;
    }
}
