package dev.parley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parley's packages point down: each may use only the packages before it in {@link #ORDER}, so the data's way
 * through the code reads from the imports. Peers (the two backends) never use each other, and above them only the
 * command line, which chooses one, names a backend.
 */
class LayeringTest {

    /** The packages below {@code dev.parley}, bottom first; {@code a|b} are peers of one rank. */
    static final List<String> ORDER = List.of(
            "mail", "source", "thread", "identity", "model", "ingest", "query", "archive", "lucene|opensearch",
            "analysis.learn", "analysis.text", "analysis.tone", "analysis.stance", "analysis.debate", "analysis.quotes", "analysis.digest",
            "analysis.evaluation",
            "render", "web", "cli");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parley");
    }

    @Test
    void everyPackageUsesOnlyThePackagesBeforeIt() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true); // "web" comes with `parley serve`
        for (String rank : ORDER) {
            for (String layer : rank.split("\\|")) layers = layers.layer(layer).definedBy(pkg(layer));
        }
        List<String> below = new ArrayList<>();
        for (String rank : ORDER) {
            for (String layer : rank.split("\\|")) {
                layers = below.isEmpty() ? layers.whereLayer(layer).mayNotAccessAnyLayer()
                        : layers.whereLayer(layer).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(List.of(rank.split("\\|")));
        }
        layers.check(classes);
    }

    @Test
    void everyClassLivesInAPackageOfTheOrder() {
        String[] named = ORDER.stream().flatMap(r -> Stream.of(r.split("\\|"))).map(LayeringTest::pkg).toArray(String[]::new);
        noClasses().should().resideOutsideOfPackages(named)
                .because("a new package takes its place in LayeringTest.ORDER and README's architecture paragraph")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineChoosesABackend() {
        noClasses().that(not(resideInAnyPackage(pkg("lucene"), pkg("opensearch"), pkg("cli"))))
                .should().dependOnClassesThat(resideInAnyPackage(pkg("lucene"), pkg("opensearch")))
                .because("everything above the backends reads through the Archive face; the command line is the composition root")
                .check(classes);
    }

    @Test
    void nothingUsesLuceneInternals() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.apache.lucene.internal.."))
                .because("Lucene exports its internal packages for itself only").check(classes);
    }

    @Test
    void onlyTheLuceneBackendUsesLucenesIndex() {
        noClasses().that(not(resideInAPackage(pkg("lucene"))))
                .should().dependOnClassesThat(resideInAnyPackage("org.apache.lucene.index..", "org.apache.lucene.search..",
                        "org.apache.lucene.store..", "org.apache.lucene.document..", "org.apache.lucene.codecs.."))
                .because("the index is the embedded backend's; other packages may use Lucene's text analysis only")
                .check(classes);
    }

    @Test
    void everyPackageSaysWhatItIsAndWhatItMayUse() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(Path.of("src/main/java/dev/parley"))) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (Stream<Path> files = Files.list(d)) {
                    hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (!hasClasses) continue;
                Path info = d.resolve("package-info.java");
                if (!Files.exists(info) || !Files.readString(info).contains("May use")) missing.add(d.toString());
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java that says what they may use");
    }

    private static String pkg(String layer) {
        return "dev.parley." + layer + "..";
    }
}
