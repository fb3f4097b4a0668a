package org.cables.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import org.cables.content.Cable;
import org.cables.content.CableId;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.Corpus;
import org.cables.content.PersonId;
import org.cables.content.TopicId;
import org.cables.content.TourId;
import org.cables.search.ArchiveIndex;
import org.cables.search.SearchHit;
import org.cables.search.SearchQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network of the real archive: its counts are the archive's, whatever the window and filters. */
class CorrespondenceTest {

    static Corpus corpus;
    static ArchiveIndex index;
    static Correspondence network;

    @BeforeAll
    static void build() {
        corpus = ContentChecker.check(ContentFiles.fromDirectory(Path.of("content"))).corpus().orElseThrow();
        index = ArchiveIndex.build(corpus);
        network = new Correspondence(corpus);
    }

    /** Every month alone, every year, every phase of the war, and the whole archive. */
    static List<NetworkFilter> windows() {
        List<NetworkFilter> windows = new ArrayList<>();
        for (YearMonth m = NetworkFilter.FIRST; !m.isAfter(NetworkFilter.LAST); m = m.plusMonths(1)) {
            windows.add(new NetworkFilter(m, m, null, null, null, false));
        }
        for (int year = 1945; year <= 1954; year++) {
            windows.add(new NetworkFilter(YearMonth.of(year, 1), YearMonth.of(year, 12), null, null, null, false));
        }
        for (WarPhase phase : WarPhase.values()) {
            windows.add(new NetworkFilter(YearMonth.from(phase.first()), YearMonth.from(phase.last()), null, null, null, false));
        }
        windows.add(NetworkFilter.everything());
        return windows;
    }

    private static long archiveCount(PersonId person, NetworkFilter f) {
        return index.count(new SearchQuery("", f.firstDay(), f.lastDay(), person, f.type(), f.topic(), Set.of(SearchHit.Kind.CABLE),
                null, null, f.tour(), f.withWords()));
    }

    @Test
    void everyPersonsCountInEveryWindowIsTheArchivesCountForThatPerson() {
        int compared = 0;
        for (NetworkFilter window : windows()) {
            Correspondence.Counts counts = network.counts(window);
            assertThat(counts.documents()).as("documents in " + window.from() + "–" + window.to())
                    .isEqualTo(index.count(new SearchQuery("", window.firstDay(), window.lastDay(), null, null, null,
                            Set.of(SearchHit.Kind.CABLE), null, null, null, false)));
            for (Correspondence.Node node : network.graph().nodes()) {
                assertThat((long) counts.of(node.id())).as(node.id() + " in " + window.from() + "–" + window.to())
                        .isEqualTo(archiveCount(node.id(), window));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5_000);
    }

    @Test
    void theArchivesFiltersGiveTheSameCountsInTheNetwork() {
        List<NetworkFilter> filters = List.of(
                new NetworkFilter(YearMonth.of(1950, 6), YearMonth.of(1950, 12), new TopicId("chinese-intervention"), null, null, false),
                new NetworkFilter(YearMonth.of(1949, 1), YearMonth.of(1953, 12), null, Cable.DocumentType.CIPHERED_TELEGRAM, null, false),
                new NetworkFilter(NetworkFilter.FIRST, NetworkFilter.LAST, null, null, new TourId(corpus.tours().getFirst().id().value()), false),
                new NetworkFilter(YearMonth.of(1951, 7), YearMonth.of(1953, 7), null, null, null, true));
        for (NetworkFilter filter : filters) {
            Correspondence.Counts counts = network.counts(filter);
            for (Correspondence.Node node : network.graph().nodes()) {
                assertThat((long) counts.of(node.id())).as(node.id() + " under " + filter).isEqualTo(archiveCount(node.id(), filter));
            }
        }
    }

    @Test
    void aLinksCountsAreItsDocumentsBothWaysAndItsListIsInDateOrder() {
        Pair maoStalin = new Pair(new PersonId("stalin"), new PersonId("mao-zedong"));
        NetworkFilter war = new NetworkFilter(YearMonth.of(1950, 6), YearMonth.of(1953, 7), null, null, null, false);
        List<Cable> between = network.between(maoStalin, war);
        Correspondence.Flow flow = network.counts(war).of(maoStalin);
        assertThat(flow.total()).isEqualTo(between.size()).isGreaterThan(20);
        long fromMao = between.stream().filter(c -> network.sentBy(c, new PersonId("mao-zedong"), maoStalin)).count();
        assertThat(maoStalin.a().value()).isEqualTo("mao-zedong");
        assertThat(flow.ab()).isEqualTo(fromMao);
        assertThat(between).isSortedAccordingTo(java.util.Comparator.comparing(Cable::date));
        assertThat(between).allMatch(war::inWindow);
    }

    @Test
    void aRelayedTelegramIsDrawnAsTheChainItWas() {
        // Mao's telegram of 13 October 1950 went to Stalin through Ambassador Roshchin.
        Cable relayed = corpus.cable(new CableId("1950-10-13-mao-zedong-to-stalin")).orElseThrow();
        assertThat(relayed.via()).containsExactly(new PersonId("roshchin"));
        assertThat(Correspondence.legs(relayed)).extracting(l -> l.from().value() + ">" + l.to().value())
                .containsExactly("mao-zedong>roshchin", "roshchin>stalin");
        assertThat(network.graph().links()).filteredOn(l -> l.pair().equals(new Pair(new PersonId("stalin"), new PersonId("roshchin"))))
                .singleElement().extracting(Correspondence.Link::relayed).isEqualTo(true);
        NetworkFilter day = new NetworkFilter(YearMonth.from(relayed.date().start()), YearMonth.from(relayed.date().start()), null, null, null, false);
        assertThat(network.between(new Pair(new PersonId("roshchin"), new PersonId("mao-zedong")), day)).contains(relayed);
        assertThat(network.between(new Pair(new PersonId("stalin"), new PersonId("mao-zedong")), day)).doesNotContain(relayed);
    }

    @Test
    void theMonthlyBarsAddUpToTheArchiveAndTheSilentMonthsAreTheEmptyOnes() {
        SortedMap<YearMonth, Integer> months = network.perMonth(NetworkFilter.everything());
        assertThat(months).hasSize(120);
        assertThat(months.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(corpus.cables().size());
        NetworkFilter all = NetworkFilter.everything();
        List<Correspondence.Silence> silences = network.silences(all);
        int silent = silences.stream().mapToInt(Correspondence.Silence::months).sum();
        assertThat(silent).isEqualTo(months.values().stream().filter(n -> n == 0).count());
        assertThat(silences.getFirst().from()).isEqualTo(YearMonth.of(1945, 1));
        for (Correspondence.Silence s : silences) {
            for (YearMonth m = s.from(); !m.isAfter(s.to()); m = m.plusMonths(1)) {
                assertThat(months.get(m)).as(m.toString()).isZero();
            }
        }
    }

    @Test
    void gapsAreSaidAsTheRecordHasThem() {
        // Stalin answered Mao's telegram of 4 June 1951, which the archive does not hold.
        Cable answer = corpus.cable(new CableId("1951-06-05-stalin-to-mao")).orElseThrow();
        assertThat(answer.inReplyToUnlisted()).isNotNull();
        assertThat(network.answersWithoutQuestion(NetworkFilter.everything())).contains(answer);
        // A telegram answered in the archive is not unanswered, and its answer is found.
        Cable asked = corpus.cable(new CableId("1951-06-30-mao-to-stalin")).orElse(null);
        if (asked != null) {
            assertThat(network.answer(asked)).isPresent();
            assertThat(network.unanswered(asked)).isFalse();
        }
        List<Cable> unanswered = network.unanswered(NetworkFilter.everything());
        assertThat(unanswered).isNotEmpty().allMatch(c -> Correspondence.LETTERS.contains(c.type()) && network.answer(c).isEmpty());
        // An unanswered letter really has nothing back from its recipient within the days said.
        for (Cable c : unanswered) {
            assertThat(corpus.cables()).noneMatch(d -> c.id().equals(d.inReplyTo()));
            assertThat(corpus.cables()).noneMatch(d -> d != c && !d.date().start().isBefore(c.date().start())
                    && !d.date().start().isAfter(c.date().start().plusDays(Correspondence.ANSWER_DAYS))
                    && d.from().stream().anyMatch(c.to()::contains)
                    && java.util.stream.Stream.concat(d.to().stream(), d.via().stream()).anyMatch(c.from()::contains));
        }
    }

    @Test
    void theLayoutsVersionFollowsTheGraphOnly() {
        Correspondence again = new Correspondence(corpus);
        assertThat(again.graph().version()).isEqualTo(network.graph().version()).hasSize(16);
        assertThat(network.graph().nodes()).allMatch(n -> network.graph().links().stream().anyMatch(l -> l.pair().has(n.id())));
    }
}
