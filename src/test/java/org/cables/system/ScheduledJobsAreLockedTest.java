package org.cables.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/** Every scheduled job of the exhibit runs on one node at a time, under a lock of its own (decision 43). */
@AnalyzeClasses(packages = "org.cables", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsAreLockedTest {

    @ArchTest
    static final ArchRule everyScheduledJobTakesALock = methods().that().areAnnotatedWith(Scheduled.class)
            .should().beAnnotatedWith(SchedulerLock.class)
            .because("several exhibit nodes may share one database, and a job must run once, not once per node");

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
}
