package dev.marsad.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the publisher's lines set into or under article bodies without being part of the
 * article: calls to follow the site, download its app, subscribe or become a member ("تابعونا على
 * تويتر", "download the … apps for iOS and Android", "Already a subscriber? Log in"), the labels of
 * advertisements set among the paragraphs ("Anzeige", "إعلان"), the head of a comment section
 * ("0 Kommentare", "أضف تعليقك") and the label of a page control ("Show more", "عرض المزيد"). A line counts only when it is short and the call is made in the
 * first person or the imperative, so a sentence of the article that reports a new app or mentions
 * Twitter stays. Under the text ({@link #isNotice}) the call may stand anywhere in the line; among
 * the paragraphs ({@link #isNoticeAmongText}) it must open the line, because there a sentence that
 * quotes such words ("'We need your help,' the chief said") is more likely. Copyright lines ("©
 * 2019 Associated Press. All Rights Reserved.") are not notices here: the human gold of the
 * scrapinghub benchmark keeps them as part of the text.
 */
final class NoticeLines {

    /** A notice line is at most this long; a longer paragraph is article text. */
    static final int MAX_NOTICE_CHARS = 260;

    /** No Arabic letter right before: the pattern after it starts a word. */
    private static final String AR_WORD_START = "(?<![\u0600-\u06FF])";

    /**
     * Platforms and "our channel/page/accounts" named in an Arabic call to follow: فيسبوك، تويتر،
     * اكس، إنستغرام، تلغرام، يوتيوب، واتساب، تيك توك، قناتنا، صفحتنا، حساباتنا، منصاتنا، مواقع / منصات
     * التواصل (in their common spellings).
     */
    private static final String AR_PLATFORMS =
            "\u0641\u064a\u0633\u0628\u0648\u0643|\u0641\u064a\u0633 \u0628\u0648\u0643|\u062a\u0648\u064a\u062a\u0631|\u0627\u0643\u0633|\u0625\u0643\u0633|\u0627\u0646\u0633\u062a\u063a\u0631\u0627\u0645|\u0625\u0646\u0633\u062a\u063a\u0631\u0627\u0645|\u0627\u0646\u0633\u062a\u062c\u0631\u0627\u0645|\u062a\u0644\u063a\u0631\u0627\u0645|\u062a\u0644\u062c\u0631\u0627\u0645|\u062a\u0644\u064a\u062c\u0631\u0627\u0645|\u062a\u064a\u0644\u064a\u062c\u0631\u0627\u0645|\u064a\u0648\u062a\u064a\u0648\u0628|\u0648\u0627\u062a\u0633\u0627\u0628|\u0648\u0627\u062a\u0633 \u0627\u0628|\u062a\u064a\u0643 \u062a\u0648\u0643|\u0642\u0646\u0627\u062a\u0646\u0627|\u0635\u0641\u062d\u062a\u0646\u0627|\u062d\u0633\u0627\u0628\u0627\u062a\u0646\u0627|\u0645\u0646\u0635\u0627\u062a\u0646\u0627|\u0645\u0648\u0627\u0642\u0639 \u0627\u0644\u062a\u0648\u0627\u0635\u0644|\u0645\u0646\u0635\u0627\u062a \u0627\u0644\u062a\u0648\u0627\u0635\u0644";

    /** The label of a page control is at most this long. */
    static final int MAX_CONTROL_CHARS = 40;

    /** The head of a comment section is at most this long. */
    static final int MAX_COMMENT_HEAD_CHARS = 100;

    /**
     * Calls in the first person or the imperative, naming what they call to: "follow us", "follow
     * X on Twitter", "download our app", "get … with the … app", "subscribe to our …", "sign up for
     * our …", "sign up here", "like us on …",
     * their German, French and Spanish forms, and Arabic "تابعونا", "حمّلوا تطبيق …", "اشتركوا في
     * نشرتنا". A report that users can download an app is not one of them.
     */
    private static final Pattern CALL = Pattern.compile(
            // one word boundary around all the Latin calls: tried once per position, not once per call
            "\\b(?:follow us"
                    + "|follow [\\w .@]{1,40} on (?:twitter|facebook|instagram|telegram|youtube|tiktok|linkedin|x)"
                    + "|(?:download|get) our [\\w .]{0,30}apps?"
                    + "|download the [\\w .]{1,30} apps? for ios and android"
                    + "|subscribe (?:now )?to our|sign up (?:now )?for our"
                    + "|(?:like|join) us on (?:twitter|facebook|instagram|telegram|youtube|tiktok|linkedin|x)"
                    + "|(?:sign up|subscribe) (?:here|now|today)"
                    + "|please subscribe|already a subscriber|become a (?:member|subscriber)"
                    + "|support (?:our|independent) journalism"
                    + "|jetzt abonnieren|werden sie mitglied|hazte (?:miembro|socio)"
                    + "|devenez membre"
                    + "|folgen sie uns|folg(?:e|t) (?:uns|mir)|abonnieren sie|suivez-nous|abonnez-vous"
                    + "|(?:our|unseren?|nuestra|nuestro|notre) newsletter"
                    + "|s\u00edguenos|suscr\u00edbete)\\b"
                    + "|^(?:download|get) (?:the|our)\\b.{0,80}\\bapps?\\b"
                    // "Get <magazine> delivered through your letterbox every month", "… right to your inbox"
                    + "|^get [\\w .'\u2019&-]{1,60} delivered (?:right |straight )?(?:to|into|in|through) your (?:inbox|letterbox|mailbox|door)"
                    // تابعنا / تابعوا عبر|على|في … a platform or "our channel" within the line
                    + "|" + AR_WORD_START
                    + "(?:\u062a\u0627\u0628\u0639\u0646\u0627|\u062a\u0627\u0628\u0639\u0648\u0627)\\s+(?:\u0639\u0628\u0631|\u0639\u0644\u0649|\u0641\u064a)\\s.{0,60}?(?:"
                    + AR_PLATFORMS + ")"
                    // تابعونا (a word of its own)
                    + "|" + AR_WORD_START + "\u062a\u0627\u0628\u0639\u0648\u0646\u0627"
                    // حمّل (with its shadda: bare حمل is "carried") / حملوا تطبيق, not يحمل تطبيق
                    + "|" + AR_WORD_START
                    + "\u062d\u0645(?:\u0651\u0644(?:\u0648\u0627)?|\u0644\u0648\u0627) \u062a\u0637\u0628\u064a\u0642"
                    // نشرتنا البريدية (our newsletter)
                    + "|" + AR_WORD_START
                    + "\u0646\u0634\u0631\u062a\u0646\u0627 \u0627\u0644\u0628\u0631\u064a\u062f\u064a\u0629"
                    // اشترك / اشتركوا (الآن) في نشرتنا: "our", not نشرتها ("its", a report)
                    + "|" + AR_WORD_START
                    + "\u0627\u0634\u062a\u0631\u0643(?:\u0648\u0627)? (?:\u0627\u0644\u0622\u0646 )?\u0641\u064a \u0646\u0634\u0631\u062a\u0646\u0627");

    /**
     * A plug for the publisher's newsletter, made as a call to the reader: an imperative that opens a
     * sentence and names the site's newsletter ("Sign up for AP's weekly politics newsletter", "…
     * inbox. Subscribe to NJ.com's newsletters."), a first-person one anywhere ("… by signing up to
     * our free weekly newsletter"), a second-person promise of delivery within a few words of a
     * newsletter ("… newsletter has the best picks, delivered right to your inbox", «… تصل إلى بريدك
     * مع النشرة البريدية»), the German pointer "… beim Courier-Newsletter richtig – hier entlang", or
     * «اشترك الآن في النشرة البريدية». It counts wherever it stands in a short line, among the
     * paragraphs as under them. A report about a newsletter stays though it uses the same verbs in
     * the third person: "Readers who sign up for the newsletter receive …", "The council's
     * newsletter is delivered to every household", «واشترك أكثر من عشرة آلاف قارئ في النشرة
     * البريدية», and «النشرة الإخبارية» (a broadcast news bulletin) is no newsletter.
     */
    private static final Pattern NEWSLETTER_PLUG;

    static {
        // newsletter, its German compounds ("WAZ-Newsletter"), infolettre, boletín
        String letter = "(?:newsletters?|infolettres?|bolet\u00edn)";
        // the site's own: "our …" or "<name>'s …" before the newsletter, within a few words
        String sitesLetter =
                "(?:our\\b|(?:the )?(?:[\\w.&-]+ ){0,3}[\\w.&-]+['\u2019]s)[\\w .&'\u2019-]{0,50}?" + letter;
        // sign up / subscribe as a command: opening the line or a sentence, after a colon or a dash
        String command = "(?:^|[.!?:;|\u2026\u2013\u2014-]\\s*)(?:sign up|subscribe)(?: now| today| here)? (?:to|for) ";
        // …or in the first person, anywhere: "by signing up to our newsletter"
        String firstPerson = "\\b(?:sign(?:ing)? up|subscrib(?:e|ing))(?: now| today| here)? (?:to|for) our\\b";
        // delivery promised to the reader: "delivered right to your inbox", "get it in your inbox"
        String toYourInbox = "\\b(?:delivered|sent|get it|right|straight|directly)(?: right| straight| directly)?"
                + " (?:to|in|into) your (?:inbox|e-?mail)\\b";
        // German, French and Spanish pointers and imperatives
        String pointer =
                "\\b(?:hier entlang|jetzt (?:\\w+ ){0,2}(?:anmelden|abonnieren)|inscrivez-vous|suscr\u00edbete)\\b";
        // النشرة البريدية، القائمة البريدية، نشرتنا
        String arLetter = "(?:\u0627\u0644\u0646\u0634\u0631\u0629 \u0627\u0644\u0628\u0631\u064a\u062f\u064a\u0629"
                + "|\u0627\u0644\u0642\u0627\u0626\u0645\u0629 \u0627\u0644\u0628\u0631\u064a\u062f\u064a\u0629"
                + "|\u0646\u0634\u0631\u062a\u0646\u0627)";
        // the reader addressed: بريدك / بريدكم (your mail), تصلك / تصلكم (reaches you), as a word's end
        String arYou = "(?:\u0628\u0631\u064a\u062f|\u062a\u0635\u0644)\u0643(?:\u0645)?(?![\u0600-\u06FF])";
        // اشترك / اشتركوا الآن في: the imperative with "now" (bare اشترك is also "he took part")
        String arSubscribeNow = AR_WORD_START
                + "\u0627\u0634\u062a\u0631\u0643(?:\u0648\u0627)? \u0627\u0644\u0622\u0646 \u0641\u064a ";
        NEWSLETTER_PLUG = Pattern.compile(String.join(
                "|",
                command + sitesLetter,
                firstPerson + ".{0,50}?" + letter,
                letter + ".{0,80}?" + toYourInbox,
                toYourInbox + ".{0,80}?" + letter,
                letter + ".{0,80}?" + pointer,
                pointer + ".{0,80}?" + letter,
                arLetter + ".{0,80}?" + arYou,
                arYou + ".{0,80}?" + arLetter,
                arSubscribeNow + arLetter));
    }

    /**
     * The label of an advertisement set among the paragraphs: "Anzeige", "Advertisement", "Werbung",
     * "Publicidad", "Publicité", "Sponsored" alone or before a colon or dash ("ANZEIGE – Ihr
     * Wochenende"), and Arabic "إعلان", "مساحة إعلانية", "محتوى مدفوع" alone (followed by words,
     * Arabic "إعلان" is also an announcement).
     */
    private static final Pattern AD_LABEL = Pattern.compile(
            "^(?:anzeige|werbung|advertisement|adverts?|advertorial|sponsored|publicidad|publicit\u00e9)\\s*(?:$|[:|\\-\u2013\u2014])"
                    // إعلان / اعلان / مساحة إعلانية / محتوى مدفوع, alone
                    + "|^(?:\u0625\u0639\u0644\u0627\u0646|\u0627\u0639\u0644\u0627\u0646"
                    + "|\u0645\u0633\u0627\u062d\u0629 \u0625\u0639\u0644\u0627\u0646\u064a\u0629"
                    + "|\u0645\u062d\u062a\u0648\u0649 \u0645\u062f\u0641\u0648\u0639)$");

    /**
     * The head of a comment section left in the body, as the whole line: a count ("0 Kommentare",
     * "12 comments", "No comments yet", "Keine Kommentare (erst nach Prüfung sichtbar)", "لا توجد
     * تعليقات") or a prompt ("Leave a comment", "Kommentar hinzufügen", "Be the first to comment",
     * "أضف تعليقك"); "No comment." and "No comments from the ministry so far." are sentences and stay.
     */
    private static final Pattern COMMENT_HEAD = Pattern.compile(
            "^(?:\\d+\\s+(?:comments?|kommentare?|commentaires?|comentarios?)"
                    + "|(?:no|keine|aucun|sin|ning\u00fan)\\s+(?:comments|kommentare|commentaires|comentarios))"
                    + "(?:\\s+(?:yet|bisher|vorhanden))?\\s*(?:\\([^()]*\\))?\\s*[.!]?$"
                    + "|^(?:derzeit|bisher) (?:noch )?keine kommentare\\s*[.!]?$"
                    + "|^(?:leave|add|post|write) (?:a|your) (?:comment|reply)\\s*[.!:]?$|^be the first to comment\\b"
                    + "|^kommentar (?:hinzuf\u00fcgen|schreiben|verfassen)\\s*[.!:]?$"
                    + "|^(?:laisser|ajouter) un commentaire\\s*[.!:]?$"
                    + "|^(?:deja|escribe) (?:un|tu) comentario\\s*[.!:]?$"
                    // لا توجد تعليقات / لا تعليقات / أضف تعليق(ك|اً) / اترك تعليق(ك|اً), the whole line
                    + "|^\u0644\u0627 (?:\u062a\u0648\u062c\u062f )?\u062a\u0639\u0644\u064a\u0642\u0627\u062a\\s*[.!]?$"
                    + "|^(?:\u0623\u0636\u0641|\u0627\u062a\u0631\u0643) \u062a\u0639\u0644\u064a\u0642\\S*\\s*[.!:]?$");

    /**
     * The label of a page control left as a line of its own: a show/hide toggle or a "read on"
     * button ("Quellen ausblenden", "Mehr anzeigen", "Show more", "Continue reading", "عرض المزيد"),
     * a picture viewer's buttons ("Caption", "Close", "Enlarge image", "View gallery") or a lone
     * account button ("Subscribe", "Sign in"), the whole line and nothing else.
     */
    private static final Pattern CONTROL = Pattern.compile(
            "^(?:(?:[\\p{L}-]+ )?(?:ausblenden|einblenden)|(?:mehr|weniger|alle) anzeigen|weiterlesen|mehr lesen"
                    + "|(?:show|hide) (?:more|less|all|details|sources|comments)|continue reading"
                    + "|(?:voir|afficher) (?:plus|moins)|(?:ver|mostrar) (?:m\u00e1s|menos)"
                    + "|caption|close|(?:hide|show|toggle) captions?|enlarge (?:this )?(?:image|photo|picture)"
                    + "|view (?:gallery|slideshow)|subscribe|sign (?:in|up)|log ?in"
                    // عرض المزيد / عرض أقل / إخفاء
                    + "|\u0639\u0631\u0636 (?:\u0627\u0644\u0645\u0632\u064a\u062f|\u0623\u0642\u0644)"
                    + "|\u0625\u062e\u0641\u0627\u0621)"
                    + "\\s*[.\u2026>\u00bb\u203a+\\-]*$");

    /**
     * A page's note that a widget needs scripts ("This slideshow requires JavaScript.", "Please
     * enable JavaScript to view the comments"), or a publishing system's shortcode left unrendered
     * ("[button link=…]Send us your review[/button]"), as the whole line.
     */
    private static final Pattern SCRIPT_NOTE = Pattern.compile("^(?:(?:this|the) [\\w ]{1,30} requires javascript"
            + "|(?:please )?enable javascript\\b[^.]{0,60}|javascript is (?:disabled|required)\\b[^.]{0,60})[.!]?$"
            + "|^\\[([a-z][\\w-]{0,30})\\b[^\\]]*\\].*\\[/\\1\\]$");

    private NoticeLines() {}

    /**
     * True when {@code text}, standing under the article text, is a short call to follow, download
     * an app or subscribe, the label of an advertisement or of a page control, or the head of a
     * comment section.
     */
    static boolean isNotice(String text) {
        return isNotice(text, false);
    }

    /**
     * True when {@code text}, standing among the paragraphs of the article, is such a line: a call
     * counts only when it opens the line.
     */
    static boolean isNoticeAmongText(String text) {
        return isNotice(text, true);
    }

    private static boolean isNotice(String text, boolean callOpensLine) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_NOTICE_CHARS) return false;
        String lower = t.toLowerCase(Locale.ROOT);
        Matcher call = CALL.matcher(lower);
        return (callOpensLine ? call.lookingAt() : call.find())
                || NEWSLETTER_PLUG.matcher(lower).find()
                || isLabelOrCommentHead(t, lower);
    }

    /** The label, comment and control patterns hold at the start only: lookingAt() tries no other position. */
    private static boolean isLabelOrCommentHead(String t, String lower) {
        return AD_LABEL.matcher(lower).lookingAt()
                || SCRIPT_NOTE.matcher(lower).lookingAt()
                || t.length() <= MAX_COMMENT_HEAD_CHARS
                        && COMMENT_HEAD.matcher(lower).lookingAt()
                || t.length() <= MAX_CONTROL_CHARS && CONTROL.matcher(lower).lookingAt();
    }
}
