package dev.marsad.crawl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.MessageHeaders;

/**
 * A {@link PageVerdict} as the fields of a WARC metadata record ({@code application/warc-fields}),
 * and back: {@code verdict: stored}, {@code sequence: 17}, or {@code verdict: rejected}, {@code
 * stage: extract}, {@code code: soft_404}.
 */
final class VerdictFields {

    static final String VERDICT = "marsad-verdict";
    static final String SEQUENCE = "marsad-sequence";
    static final String STAGE = "marsad-stage";
    static final String CODE = "marsad-code";
    static final String DETAIL = "marsad-detail";
    private static final String STORED = "stored";
    private static final String REJECTED = "rejected";
    /** Details are for people; a long one is cut so that a metadata record stays small. */
    private static final int MAX_DETAIL = 300;

    private VerdictFields() {}

    static Map<String, List<String>> of(PageVerdict verdict) {
        var fields = new LinkedHashMap<String, List<String>>();
        switch (verdict) {
            case PageVerdict.Accepted a -> {
                fields.put(VERDICT, List.of(STORED));
                fields.put(SEQUENCE, List.of(Long.toString(a.sequence())));
                fields.put(DETAIL, List.of(RecordLabels.encode(oneLine(a.detail()))));
            }
            case PageVerdict.Rejected r -> {
                fields.put(VERDICT, List.of(REJECTED));
                fields.put(STAGE, List.of(oneLine(r.stage())));
                fields.put(CODE, List.of(oneLine(r.code())));
                fields.put(DETAIL, List.of(RecordLabels.encode(oneLine(r.detail()))));
            }
        }
        return fields;
    }

    /** The verdict in a metadata record's fields, or empty when they hold none (another crawler's record). */
    static Optional<PageVerdict> read(MessageHeaders fields) {
        String verdict = fields.first(VERDICT).orElse("");
        String detail = fields.first(DETAIL).map(RecordLabels::decode).orElse("");
        if (verdict.equals(STORED)) {
            try {
                return Optional.of(new PageVerdict.Accepted(
                        Long.parseLong(fields.first(SEQUENCE).orElse("").strip()), detail));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (verdict.equals(REJECTED)) {
            String stage = fields.first(STAGE).orElse("");
            String code = fields.first(CODE).orElse("");
            if (stage.isBlank() || code.isBlank()) return Optional.empty();
            return Optional.of(new PageVerdict.Rejected(stage, code, detail));
        }
        return Optional.empty();
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ").strip();
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }
}
