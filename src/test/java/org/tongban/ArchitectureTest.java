package org.tongban;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Features depend on each other in one direction only (common and identity at the bottom, the case
 * and supervision at the top), so a feature can be read, tested and changed without the ones above it.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongban");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.tongban.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theCasesSubpackagesHaveNoCyclesEither() {
        slices().matching("org.tongban.cases.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
