package org.cables.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every scheduled job of the exhibit runs on one node at a time, under a lock of its own (decision
 * 43), but for the few named here, which do each node's own work and must run on every node.
 */
@AnalyzeClasses(packages = "org.cables", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsAreLockedTest {

    /** The jobs that run on every node, unlocked ({@code Class.method}), and why. */
    static final Map<String, String> ON_EVERY_NODE = Map.of(
            "org.cables.classroom.ClassPresence.refresh",
            "each node refreshes the rows of the students whose pages it has open (decision 46)");

    private static final DescribedPredicate<JavaMethod> ON_EVERY_NODE_BY_NAME = DescribedPredicate.describe(
            "named to run on every node", method -> ON_EVERY_NODE.containsKey(name(method)));

    @ArchTest
    static final ArchRule everyScheduledJobTakesALock = methods().that().areAnnotatedWith(Scheduled.class)
            .and(DescribedPredicate.not(ON_EVERY_NODE_BY_NAME))
            .should().beAnnotatedWith(SchedulerLock.class)
            .because("several exhibit nodes may share one database, and a job must run once, not once per node");

    @ArchTest
    static void theJobsOnEveryNodeAreScheduledTakeNoLockAndSayWhy(JavaClasses classes) {
        List<JavaMethod> named = classes.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(ON_EVERY_NODE_BY_NAME)
                .toList();
        assertThat(named).extracting(ScheduledJobsAreLockedTest::name)
                .as("every job named to run on every node exists").containsExactlyInAnyOrderElementsOf(ON_EVERY_NODE.keySet());
        assertThat(named).allSatisfy(method -> {
            assertThat(method.isAnnotatedWith(Scheduled.class)).as(name(method) + " is scheduled").isTrue();
            assertThat(method.isAnnotatedWith(SchedulerLock.class)).as(name(method) + " takes no lock").isFalse();
        });
        assertThat(ON_EVERY_NODE.values()).allSatisfy(why -> assertThat(why).isNotBlank());
    }

    @ArchTest
    static void everyLockHasANameOfItsOwnThatSaysWhatRuns(JavaClasses classes) {
        List<String> names = classes.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(SchedulerLock.class))
                .map(method -> method.getAnnotationOfType(SchedulerLock.class).name())
                .toList();
        assertThat(names).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("[a-z]+(-[a-z]+)*"));
    }

    private static String name(JavaMethod method) {
        return method.getOwner().getName() + "." + method.getName();
    }
}
