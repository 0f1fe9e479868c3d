package dev.marsad.extract;

import java.util.List;
import java.util.Objects;

/** One block of an article body. {@link #text()} gives its plain text. */
public sealed interface Block {

    /** The block as plain text. */
    String text();

    /** A paragraph of running text. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A sub-heading inside the body; level 2 to 6 as in HTML. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
        }
    }

    /** A bulleted or numbered list. */
    record ListBlock(boolean ordered, List<String> items) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }

        @Override
        public String text() {
            return String.join("\n", items);
        }
    }

    /** A quotation set apart from the text. */
    record Quote(String text) implements Block {
        public Quote {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A table as rows of cells. */
    record Table(List<List<String>> rows) implements Block {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public String text() {
            return String.join(
                    "\n", rows.stream().map(r -> String.join(" | ", r)).toList());
        }
    }
}
