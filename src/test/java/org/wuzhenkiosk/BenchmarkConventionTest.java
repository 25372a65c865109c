package org.wuzhenkiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Tag;

/**
 * Measurements are not tests (README, "Benchmarks"): a class named {@code *Benchmark} runs in the bench profile and
 * carries the "benchmark" tag, which keeps it out of that profile's test run even when {@code -Dtest} names it.
 */
@AnalyzeClasses(packages = "org.wuzhenkiosk", importOptions = ImportOption.OnlyIncludeTests.class)
class BenchmarkConventionTest {

    private static final DescribedPredicate<JavaAnnotation<?>> BENCHMARK_TAG = DescribedPredicate.describe(
            "@Tag(\"benchmark\")", annotation -> annotation.getRawType().isEquivalentTo(Tag.class)
                    && "benchmark".equals(annotation.get("value").orElse(null)));

    @ArchTest
    static final ArchRule benchmarksAreTagged = classes().that().haveSimpleNameEndingWith("Benchmark")
            .should().beAnnotatedWith(BENCHMARK_TAG).allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyBenchmarksAreTagged = classes().that().areAnnotatedWith(BENCHMARK_TAG)
            .should().haveSimpleNameEndingWith("Benchmark").allowEmptyShould(true);
}
