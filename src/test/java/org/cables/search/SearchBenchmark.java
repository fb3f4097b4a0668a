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
 * p50/p95/p99 query time over the query mix below (after a warm-up).
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

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "content");
        Corpus corpus = ContentChecker.check(ContentFiles.fromDirectory(folder)).corpus()
                .orElseThrow(() -> new IllegalStateException("The content has problems; run check-content first"));

        System.out.printf("Machine: %d cores, %s %s, Java %s (%s), max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("Corpus: %d cables, %d people, %d places, %d events%n",
                corpus.cables().size(), corpus.people().size(), corpus.places().size(), corpus.events().size());

        double[] builds = new double[15];
        ArchiveIndex index = null;
        for (int i = -3; i < builds.length; i++) {
            long start = System.nanoTime();
            index = ArchiveIndex.build(corpus);
            if (i >= 0) {
                builds[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(builds);
        System.out.printf("Index build: median %.1f ms (min %.1f, max %.1f) over %d builds, %d entries%n",
                builds[builds.length / 2], builds[0], builds[builds.length - 1], builds.length, index.size());

        for (int i = 0; i < 300; i++) { // warm-up
            for (SearchQuery q : QUERIES) {
                index.search(q, ArchiveIndex.Order.RELEVANCE, 0, 25);
            }
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            for (SearchQuery q : QUERIES) {
                long start = System.nanoTime();
                index.search(q, ArchiveIndex.Order.RELEVANCE, 0, 25);
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("Query (first page of 25, with snippets): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms over %d queries%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length);
        System.out.printf("JVM uptime %d ms%n", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
