package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exhibit's own content passes every check and meets the corpus minimums. */
class RealContentTest {

    static ContentChecker.Result result;
    static Corpus corpus;

    @BeforeAll
    static void check() {
        result = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content")));
        corpus = result.corpus().orElse(null);
    }

    @Test
    void theContentPassesTheChecker() {
        assertThat(result.problems()).as(result.report()).isEmpty();
    }

    @Test
    void theCorpusMeetsItsMinimums() {
        assertThat(corpus.cables()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(corpus.people()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(corpus.places()).hasSizeGreaterThanOrEqualTo(35);
        assertThat(corpus.events()).hasSizeGreaterThanOrEqualTo(250);
    }

    @Test
    void theTwoFullTranslationsAreThereWordForWord() {
        Cable july = corpus.cable(new CableId("1951-07-11-mao-to-stalin")).orElseThrow();
        assertThat(july.text()).isEqualTo(Cable.TextKind.FULL);
        assertThat(july.wilsonCenter()).isEqualTo(117409);
        assertThat(july.body()).contains("I am sending you the texts of four telegrams of 10 July which I have received from Cde. LI KENONG.");
        Cable january = corpus.cable(new CableId("1952-01-31-mao-to-stalin")).orElseThrow();
        assertThat(january.text()).isEqualTo(Cable.TextKind.FULL);
        assertThat(january.archiveRef()).contains("APRF, f. 45, op. 1, d. 342, ll. 73-77");
        assertThat(january.editorialNotes()).anySatisfy(n -> assertThat(n).contains("1951"));
    }

    @Test
    void theKnownErrorsOfTheSourcesAreCorrectedWithANote() {
        // "Mao Dong" in the title of Cable No. 21680 is Mao Zedong.
        Cable july = corpus.cable(new CableId("1951-07-11-mao-to-stalin")).orElseThrow();
        assertThat(july.from()).containsExactly(new PersonId("mao-zedong"));
        assertThat(july.asWritten()).anySatisfy(w -> assertThat(w.name()).isEqualTo("Mao Dong"));
        // Feng Xi was Stalin's cover name, not Mao's.
        Person stalin = corpus.person(new PersonId("stalin")).orElseThrow();
        assertThat(stalin.codenames()).extracting(Person.Codename::name).contains("Filippov", "Feng Xi");
        // The 1949 envoy Kim Il is not Kim Il Sung.
        assertThat(corpus.person(new PersonId("kim-il"))).isPresent();
        // Nobody corresponds with Stalin after his death (the sources' "1954" telegram is 1951).
        corpus.cablesOf(new PersonId("stalin"))
                .forEach(c -> assertThat(c.date().start()).as(c.id().value()).isBeforeOrEqualTo(stalin.died().end()));
    }

    @Test
    void everyPersonsCablesAreThoseTheySentReceivedOrRelayedInDateOrder() {
        for (Person person : corpus.people()) {
            assertThat(corpus.cablesOf(person.id())).as(person.id().value())
                    .containsExactlyElementsOf(corpus.cables().stream().filter(c -> c.from().contains(person.id())
                            || c.to().contains(person.id()) || c.via().contains(person.id())).toList());
        }
    }

    @Test
    void theBundledContentIsTheSameAsTheFolder() {
        ContentChecker.Result bundled = ContentChecker.check(ContentFiles.bundled());
        assertThat(bundled.problems()).isEmpty();
        Set<String> inJar = bundled.corpus().orElseThrow().cables().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        Set<String> inFolder = corpus.cables().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        assertThat(inJar).isEqualTo(inFolder);
    }
}
