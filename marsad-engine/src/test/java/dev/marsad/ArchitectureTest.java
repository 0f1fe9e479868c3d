package dev.marsad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STYLE.md §1: dependencies follow the flow crawl → extract → analyze → index ← link, with web,
 * demo and cli on top, and form no cycle. {@code marsad-arabic} imports nothing of Marsad.
 */
class ArchitectureTest {

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
                        "arabic", new String[] {"crawl", "extract", "analyze", "link", "index", "web", "demo", "cli"}),
                Arguments.of("crawl", new String[] {"extract", "analyze", "link", "index", "web", "demo", "cli"}),
                Arguments.of("extract", new String[] {"analyze", "link", "index", "web", "demo", "cli"}),
                Arguments.of("analyze", new String[] {"link", "index", "web", "demo", "cli"}),
                Arguments.of("index", new String[] {"link", "web", "demo", "cli"}),
                Arguments.of("link", new String[] {"web", "demo", "cli"}),
                Arguments.of("demo", new String[] {"crawl", "extract", "analyze", "link", "index", "web", "cli"}),
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
}
