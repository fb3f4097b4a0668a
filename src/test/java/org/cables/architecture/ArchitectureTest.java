package org.cables.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;

/**
 * The layers of the exhibit, as docs/decisions.md ("Packages by feature") describes them: feature
 * packages that never form a cycle, a model (content, search, system) that knows nothing of
 * pages, and reusable page pieces ({@code ui}) that know no feature.
 */
@AnalyzeClasses(packages = "org.cables", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotSpringAot.class})
class ArchitectureTest {

    /**
     * The classes Spring's AOT processing writes beside ours after {@code ./mvnw -Pfast-start
     * package} ({@code Application__BeanFactoryRegistrations} and every {@code X__BeanDefinitions})
     * register every bean of every package: generated wiring, not the exhibit's own dependencies.
     */
    static final class NotSpringAot implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.matches(java.util.regex.Pattern.compile(".*__\\w[\\w$]*\\.class$"));
        }
    }

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.cables.(*)..")
            .namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theModelKnowsNoPage = noClasses()
            .that().resideInAnyPackage("org.cables.content..", "org.cables.search..", "org.cables.system..",
                    "org.cables.i18n..", "org.cables.incident..", "org.cables.statistics..")
            .should().dependOnClassesThat().areAnnotatedWith(Route.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Layout.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.cables.shell..", "org.cables.ui..")
            .because("content, search and system serve every page and must not import views");

    @ArchTest
    static final ArchRule pagePiecesKnowNoFeature = noClasses()
            .that().resideInAPackage("org.cables.ui..")
            .should().dependOnClassesThat(are(resideInAPackage("org.cables..")
                    .and(not(resideInAnyPackage("org.cables.ui..", "org.cables.content..")))))
            .because("the reusable page pieces sit below every feature");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoTheFrame = noClasses()
            .that().resideOutsideOfPackage("org.cables.shell..")
            .should().dependOnClassesThat().resideInAPackage("org.cables.shell..")
            .because("the shell is only the frame around every page; what pages share lives in ui");

    /**
     * Routes are the application's, never one session's: {@code LayoutsKnownViewAccessChecker}
     * keeps each page's layouts as the application's routes give them (decision 64).
     */
    @ArchTest
    static final ArchRule routesAreTheApplications = noClasses()
            .should().callMethod(com.vaadin.flow.router.RouteConfiguration.class, "forSessionScope")
            .orShould().callMethod(com.vaadin.flow.router.RouteConfiguration.class, "forRegistry", com.vaadin.flow.server.RouteRegistry.class)
            .because("a route of one session would not be seen by the check of who may open a page");
}
