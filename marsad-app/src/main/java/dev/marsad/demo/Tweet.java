package dev.marsad.demo;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A fictional post on X (Twitter) that a demo page embeds the way publishers do: a blockquote with
 * the text, a pic.twitter.com link, and a "— Name (@handle) Month d, yyyy" signature.
 *
 * @param author the display name
 * @param handle the account handle without '@'
 * @param date the day the post was written
 * @param statusId the numeric status id in the permalink
 * @param pictureCode the code of the pic.twitter.com link
 * @param text the post text
 */
record Tweet(String author, String handle, LocalDate date, String statusId, String pictureCode, String text) {

    Tweet {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(pictureCode, "pictureCode");
        Objects.requireNonNull(text, "text");
        if (!statusId.chars().allMatch(Character::isDigit))
            throw new IllegalArgumentException(
                    "tweet by @" + handle + ": status id must be digits, got '" + statusId + "'");
    }

    /**
     * The embed as the site's {@code tweet} template part lays it out, with the signature date in
     * English as X writes it ("September 20, 2023").
     */
    String render(SiteTemplate template) {
        String signatureDate = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + date.getDayOfMonth() + ", " + date.getYear();
        return template.fill(
                "tweet",
                Map.of(
                        "text", SiteTemplate.text(text),
                        "picture", pictureCode,
                        "author", SiteTemplate.text(author),
                        "handle", handle,
                        "status", statusId,
                        "date", signatureDate));
    }
}
