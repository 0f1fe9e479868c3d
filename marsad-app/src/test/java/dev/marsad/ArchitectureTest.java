package dev.marsad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.marsad.index.ArticleIndex;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STYLE.md §1: dependencies follow the flow crawl → extract → analyze → link → index, wired by
 * ingest, with web and the commands (cli, demo) on top, and form no cycle. {@code marsad-arabic}
 * imports nothing of Marsad, and the engine library imports no web framework, template engine or
 * CLI parser.
 */
class ArchitectureTest {

    /** The packages of the engine library (module marsad-engine). */
    private static final String[] ENGINE = {
        "dev.marsad.crawl..",
        "dev.marsad.extract..",
        "dev.marsad.analyze..",
        "dev.marsad.link..",
        "dev.marsad.index..",
        "dev.marsad.media..",
        "dev.marsad.ingest.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.marsad");
    }

    /** Each stage and the later stages it must never import. */
    static Stream<Arguments> forbiddenImports() {
        return Stream.of(
                Arguments.of(
                        "arabic",
                        new String[] {"crawl", "extract", "analyze", "link", "index", "ingest", "web", "demo", "cli"}),
                Arguments.of(
                        "crawl",
                        new String[] {"extract", "analyze", "link", "index", "media", "ingest", "web", "demo", "cli"}),
                Arguments.of(
                        "extract", new String[] {"analyze", "link", "index", "media", "ingest", "web", "demo", "cli"}),
                Arguments.of("analyze", new String[] {"link", "index", "media", "ingest", "web", "demo", "cli"}),
                // pictures: fetched with the crawler's rules for what extract found, read by web
                Arguments.of("media", new String[] {"analyze", "link", "index", "ingest", "web", "demo", "cli"}),
                Arguments.of("index", new String[] {"link", "ingest", "web", "demo", "cli"}),
                Arguments.of("link", new String[] {"ingest", "web", "demo", "cli"}),
                Arguments.of("ingest", new String[] {"web", "demo", "cli"}),
                Arguments.of(
                        "demo", new String[] {"crawl", "extract", "analyze", "link", "index", "ingest", "web", "cli"}),
                Arguments.of("web", new String[] {"cli", "demo"}));
    }

    @ParameterizedTest(name = "{0} imports no later stage")
    @MethodSource("forbiddenImports")
    void stageImportsNoLaterStage(String stage, String[] forbidden) {
        String[] packages =
                Stream.of(forbidden).map(p -> "dev.marsad." + p + "..").toArray(String[]::new);
        noClasses()
                .that()
                .resideInAPackage("dev.marsad." + stage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(packages)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void webLayerNeverWritesTheIndex() {
        // issue 9: `marsad serve` reads an index that another process writes
        Set<String> writes = Set.of("put", "deleteStory", "commit", "open", "inMemory");
        noClasses()
                .that()
                .resideInAPackage("dev.marsad.web..")
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a method that writes or opens an index for writing",
                        call -> call.getTargetOwner().isAssignableTo(ArticleIndex.class)
                                && writes.contains(call.getName())))
                .check(classes);
    }

    @Test
    void engineLibraryUsesNoWebFrameworkTemplateEngineOrCliParser() {
        noClasses()
                .that()
                .resideInAnyPackage(ENGINE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "gg.jte..", "picocli..", "org.eclipse.jetty..")
                .check(classes);
    }
}
