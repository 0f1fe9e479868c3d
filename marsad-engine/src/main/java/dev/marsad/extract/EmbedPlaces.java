package dev.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Where embedded posts stand among the body's blocks. An embed is removed from the page before the
 * body is found, so it keeps the text that came right before it on the page (its anchor); once the
 * body is final, the embed stands after the last block that holds its anchor ({@link
 * Embed#afterBlocks}). An embed right after the headline stands before the first block; one whose
 * anchor is in no block (a widget in a side column) has no place.
 */
final class EmbedPlaces {

    /** An anchor holds at most this many characters: the end of the text before the embed. */
    private static final int ANCHOR_CHARS = 40;

    /** Nodes walked back from an embed at most while looking for its anchor. */
    private static final int MAX_NODES_BACK = 200;

    private EmbedPlaces() {}

    /** An embed read off the page, with the text that came before it. */
    record Anchored(Embed embed, String anchor) {}

    /** The end of the text right before {@code e} on the page, within one block; "" when none. */
    static String anchorBefore(Element e) {
        StringBuilder text = new StringBuilder();
        Element block = null;
        int walked = 0;
        for (Node n = previous(e); n != null && walked < MAX_NODES_BACK; n = previous(n), walked++) {
            if (!(n instanceof TextNode t) || t.isBlank()) continue;
            Element own = BodyFinder.blockAncestor(t);
            if (block != null && own != block) break;
            block = own;
            text.insert(0, t.getWholeText());
            if (text.length() >= 2 * ANCHOR_CHARS) break;
        }
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
        for (Anchored a : embeds) placed.add(a.embed().placedAfter(placeOf(a.anchor(), body, title)));
        return placed;
    }

    private static int placeOf(String anchor, List<Block> body, Optional<String> title) {
        if (anchor.isEmpty()) return Embed.UNPLACED;
        for (int i = body.size() - 1; i >= 0; i--) if (body.get(i).text().contains(anchor)) return i + 1;
        boolean afterHeadline =
                title.map(t -> Whitespace.collapse(t).endsWith(anchor)).orElse(false);
        return afterHeadline ? 0 : Embed.UNPLACED;
    }
}
