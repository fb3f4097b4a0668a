package org.cables.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.cables.content.Cable;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.Corpus;
import org.cables.content.PersonId;

/**
 * Benchmark (not a test): index build time and query latency over the real corpus.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.cables.search.SearchBenchmark -Dexec.classpathScope=test
 * </pre>
 * Prints the machine, the corpus size, the median index build time over 15 builds, and
 * p50/p95/p99 query time over the query mix below (after a warm-up), for the English index and
 * for the Korean edition's (Nori).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.text("Filippov"),
            SearchQuery.text("Feng Xi"),
            SearchQuery.text("Shtikov"),
            SearchQuery.text("Vishinsky"),
            SearchQuery.text("Kim Il Sung"),
            SearchQuery.text("armistice prisoners"),
            SearchQuery.text("air cover"),
            SearchQuery.text("Yalu"),
            SearchQuery.text("38th parallel"),
            SearchQuery.text("volunteers"),
            SearchQuery.text("Panmunjom demarcation line"),
            SearchQuery.text("Mao Zedong troops"),
            SearchQuery.text("").onlyCables(),
            new SearchQuery("Stalin", LocalDate.of(1950, 6, 25), LocalDate.of(1950, 12, 31), null, null, null, Set.of()),
            new SearchQuery("", null, null, new PersonId("zhou-enlai"), Cable.DocumentType.CIPHERED_TELEGRAM, null, Set.of()),
            new SearchQuery("talks", null, null, null, null, new org.cables.content.TopicId("armistice-negotiations"), Set.of()));

    /** Korean searches as a Korean visitor types them (Nori's analysis), with the same filters. */
    static final List<SearchQuery> KOREAN_QUERIES = List.of(
            SearchQuery.text("필리포프"),
            SearchQuery.text("스탈린"),
            SearchQuery.text("김일성"),
            SearchQuery.text("마오쩌둥 군대"),
            SearchQuery.text("정전 협상 포로"),
            SearchQuery.text("판문점"),
            SearchQuery.text("38선"),
            SearchQuery.text("압록강"),
            SearchQuery.text("공군 엄호"),
            SearchQuery.text("지원군"),
            SearchQuery.text("").onlyCables(),
            new SearchQuery("스탈린", LocalDate.of(1950, 6, 25), LocalDate.of(1950, 12, 31), null, null, null, Set.of()),
            new SearchQuery("", null, null, new PersonId("zhou-enlai"), Cable.DocumentType.CIPHERED_TELEGRAM, null, Set.of()),
            new SearchQuery("회담", null, null, null, null, new org.cables.content.TopicId("armistice-negotiations"), Set.of()));

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "content");
        ContentChecker.Result checked = ContentChecker.check(ContentFiles.fromDirectory(folder));
        Corpus corpus = checked.corpus()
                .orElseThrow(() -> new IllegalStateException("The content has problems; run check-content first"));

        System.out.printf("Machine: %d cores, %s %s, Java %s (%s), max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("Corpus: %d cables (%d with their text), %d people, %d places, %d events%n",
                corpus.cables().size(), corpus.cables().stream().filter(c -> c.body() != null && !c.body().isBlank()).count(),
                corpus.people().size(), corpus.places().size(), corpus.events().size());
        measure("English", () -> ArchiveIndex.build(corpus), QUERIES);
        checked.korean().ifPresent(korean -> measure("Korean edition", () -> ArchiveIndex.build(korean, corpus), KOREAN_QUERIES));
        System.out.printf("JVM uptime %d ms%n", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    static void measure(String edition, java.util.function.Supplier<ArchiveIndex> build, List<SearchQuery> queries) {
        double[] builds = new double[15];
        ArchiveIndex index = null;
        for (int i = -3; i < builds.length; i++) {
            long start = System.nanoTime();
            index = build.get();
            if (i >= 0) {
                builds[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(builds);
        System.out.printf("%s index build: median %.1f ms (min %.1f, max %.1f) over %d builds, %d entries%n", edition,
                builds[builds.length / 2], builds[0], builds[builds.length - 1], builds.length, index.size());

        for (int i = 0; i < 300; i++) { // warm-up
            for (SearchQuery q : queries) {
                index.search(q, ArchiveIndex.Order.RELEVANCE, 0, 25);
            }
        }
        List<Double> times = new ArrayList<>();
        double[][] perQuery = new double[queries.size()][200];
        long hits = 0;
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < queries.size(); j++) {
                long start = System.nanoTime();
                hits += index.search(queries.get(j), ArchiveIndex.Order.RELEVANCE, 0, 25).hits().size();
                double ms = (System.nanoTime() - start) / 1e6;
                times.add(ms);
                perQuery[j][i] = ms;
            }
        }
        for (int j = 0; j < queries.size(); j++) { // the slowest searches of the mix, to know where p95 comes from
            Arrays.sort(perQuery[j]);
            System.out.printf("  %-70s p50 %6.2f ms, p95 %6.2f ms%n", describe(queries.get(j)),
                    percentile(perQuery[j], 50), percentile(perQuery[j], 95));
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%s query (first page of 25, with snippets): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d queries (%.1f hits each)%n",
                edition, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length, hits / (double) sorted.length);
    }

    private static String describe(SearchQuery q) {
        String filters = (q.from() != null ? " from " + q.from() : "") + (q.to() != null ? " to " + q.to() : "")
                + (q.person() != null ? " person " + q.person().value() : "") + (q.type() != null ? " type " + q.type().key() : "")
                + (q.topic() != null ? " topic " + q.topic().value() : "") + (q.kinds().isEmpty() ? "" : " kinds " + q.kinds());
        return "\"" + q.text() + "\"" + filters;
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
