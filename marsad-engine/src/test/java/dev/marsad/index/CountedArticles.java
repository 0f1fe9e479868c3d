package dev.marsad.index;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Four articles in an in-memory index, for the tests of the respelling's count forms (issue 13): a
 * name spelt as one word (كاراباخ) and as two (قره باخ), words that stand together in one article
 * only, and an "or".
 */
abstract class CountedArticles {

    /** Texts of every kind the respelling counts, and a few the reader types. */
    static final List<String> TEXTS = List.of(
            "كاراباخ",
            "قرهباخ",
            "قره باخ",
            "\"قره باخ\"",
            "كاراباخ قوات",
            "قره باخ قوات",
            "قافلة مساعدات",
            "مساعدات وصلت قافلة",
            "غزة أو الضفة",
            "قوات -الضفة",
            "قوات مساعدات",
            "قوات",
            "مساعدات غزة",
            "قافلة مساعدات غزة",
            "قافلة مساعدات إنسانية غزة",
            "لاشيء يطابق");

    final ArticleQueries queries = new ArticleQueries();
    LuceneArticleIndex index;

    /** Puts the four articles into a new index and commits. */
    @BeforeEach
    final void fill() {
        index = LuceneArticleIndex.inMemory();
        index.put(TestArticles.article(
                "a1",
                "اشتباكات في كاراباخ",
                "2023-09-20T10:00:00Z",
                "site-a",
                List.of("قالت وزارة الدفاع إن قوات انفصالية في كاراباخ سلمت أسلحتها.")));
        index.put(TestArticles.article(
                "a2",
                "قره باخ بعد الهدنة",
                "2023-09-21T10:00:00Z",
                "site-b",
                List.of("عاد السكان إلى قره باخ بعد أيام من القتال ووصلت قافلة مساعدات.")));
        index.put(TestArticles.article(
                "a3",
                "قافلة مساعدات إلى غزة",
                "2023-09-22T10:00:00Z",
                "site-a",
                List.of("وصلت قافلة مساعدات إنسانية إلى غزة عبر معبر رفح.")));
        index.put(TestArticles.article(
                "a4",
                "الضفة الغربية",
                "2023-09-23T10:00:00Z",
                "site-c",
                List.of("اقتحمت قوات الاحتلال مدنا في الضفة الغربية.")));
        index.commit();
    }

    @AfterEach
    final void close() throws IOException {
        index.close();
    }
}
