package org.cables.content;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where every content rule is applied. It reads a content folder, reports
 * every problem at once, and only hands out a {@link Corpus} when there is none.
 */
public final class ContentChecker {

    /** The outcome of a check: the corpus when the content is valid, and every problem found. */
    public record Result(Optional<Corpus> corpus, List<ContentProblem> problems, String origin, int files, Optional<Corpus> korean) {

        Result(Optional<Corpus> corpus, List<ContentProblem> problems, String origin, int files) {
            this(corpus, problems, origin, files, Optional.empty());
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** All problems, one per line, for a terminal or a log. */
        public String report() {
            if (ok()) {
                return "Content at " + origin + " is valid (" + files + " files).\n" + corpus.orElseThrow().archiveCounts();
            }
            return problems.stream().map(ContentProblem::format).collect(Collectors.joining("\n",
                    problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the content at " + origin + ":\n", ""));
        }
    }

    private ContentChecker() {
    }

    public static Result check(ContentFiles files) {
        return read(files, true);
    }

    /**
     * The bundled content, checked at build time: when these files are the very files the build
     * checked (the same fingerprint, {@link ContentSeal}), they are read without applying the
     * rules again, which is most of the check's time at start (issue 22). Any other files get
     * the whole check.
     */
    public static Result checkSealed(ContentFiles files, Optional<String> sealedFingerprint) {
        boolean sealed = sealedFingerprint.filter(files.fingerprint()::equals).isPresent();
        return read(files, !sealed);
    }

    private static Result read(ContentFiles files, boolean applyRules) {
        ContentProblems problems = new ContentProblems();
        ContentRead read = new ContentReader(problems).read(files);
        KoreanEdition korean = new KoreanEditionReader(new ContentYaml(problems), problems).read(files);
        if (applyRules) {
            ContentIndex index = new ContentIndex(read, problems);
            OwnWords words = new OwnWords(read, problems);
            new PeopleAndPlacesRules(read, words, problems).check();
            new CableRules(read, index, words, problems).check();
            new ChronologyRules(read, index, words, problems).check();
            new TourRules(read, index, words, problems).check();
            new MapRules(read, index, words, problems).check();
            new QuizRules(read, index, words, problems).check();
            new ConsistencyRules(read, problems).check();
            new KoreanEditionRules(files, read, korean, problems).check();
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems.sorted(), files.origin(), files.files().size());
        }
        Corpus corpus = new Corpus(files.origin(), values(read.people()), values(read.places()), values(read.topics()),
                values(read.cables()), values(read.events()), values(read.tours()), read.map().frontLines(),
                values(read.quizzes()));
        return new Result(Optional.of(corpus), List.of(), files.origin(), files.files().size(),
                Optional.ofNullable(KoreanCorpus.build(files.origin(), read, korean)));
    }

    private static <T> List<T> values(List<Located<T>> entries) {
        return entries.stream().map(Located::value).toList();
    }
}
