package org.cables.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.i18n.I18NProvider;
import org.cables.archive.Citation;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.ExhibitDate;
import org.cables.content.ExhibitMarkdown;
import org.cables.content.FrontLines;
import org.cables.content.Place;
import org.cables.content.PlaceId;
import org.cables.content.QuestionId;
import org.cables.content.Quiz;
import org.cables.classroom.Lesson;
import org.cables.content.Tour;
import org.cables.content.TourId;
import org.cables.i18n.ExhibitTranslations;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A tour as a printed packet: its stops with their stories, documents, highlighted words and the
 * front on each stop's day, then the stops' checkpoint questions and the rest of the tour's quiz,
 * with room to write; or the teacher's key to it. Packets speak the language of the corpus they
 * are made from. The PDF of each tour, language and edition is made once and kept until the
 * content is reloaded.
 */
@Service
public class TourPackets {

    private static final Logger log = LoggerFactory.getLogger(TourPackets.class);

    /** Ruled lines under a quiz question, for the reasons of an answer. */
    static final int REASON_LINES = 3;
    /** Words of a highlighted passage's paragraph kept on either side of it. */
    static final int CONTEXT_CHARS = 420;
    /** More packets than the content has tours in both languages and editions: past this the cache starts again. */
    private static final int CACHE_LIMIT = 64;

    private final ExhibitContent content;
    private final PacketPdf pdf;
    private final I18NProvider translations;
    private final ConcurrentHashMap<CacheKey, CompletableFuture<byte[]>> printed = new ConcurrentHashMap<>();

    /** A printed packet, valid for as long as its corpus is the one shown (a reload brings new corpora). */
    private record CacheKey(TourId tour, Corpus corpus, Packet.Edition edition) {
    }

    @org.springframework.beans.factory.annotation.Autowired
    public TourPackets(ExhibitContent content, PacketPdf pdf, ExhibitTranslations translations) {
        this(content, pdf, (I18NProvider) translations);
    }

    TourPackets(ExhibitContent content, PacketPdf pdf, I18NProvider translations) {
        this.content = content;
        this.pdf = pdf;
        this.translations = translations;
        content.onReload(corpus -> printed.clear());
    }

    /** The language a packet asked for in a language is printed in: that language, or English when the content does not speak it. */
    public Locale languageFor(Locale language) {
        return content.corpus(language).language();
    }

    /** The packet of a tour in a language (English when the content does not speak it), if the tour exists. */
    public Optional<Packet> packet(TourId tour, Locale language, Packet.Edition edition) {
        Corpus corpus = content.corpus(language);
        return corpus.tour(tour).map(t -> of(t, corpus, edition, new PacketTexts(translations, corpus.language())));
    }

    /**
     * The packet of a tour as a PDF, made once for each tour, language and edition (two people
     * asking for the same packet at once wait for the same printing).
     */
    public Optional<byte[]> pdf(TourId tour, Locale language, Packet.Edition edition) {
        Corpus corpus = content.corpus(language);
        if (corpus.tour(tour).isEmpty()) {
            return Optional.empty();
        }
        if (printed.size() > CACHE_LIMIT) {
            printed.clear();
        }
        CacheKey key = new CacheKey(tour, corpus, edition);
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> known = printed.putIfAbsent(key, mine);
        if (known == null) {
            try {
                long start = System.nanoTime();
                Tour found = corpus.tour(tour).orElseThrow();
                byte[] bytes = pdf.render(of(found, corpus, edition, new PacketTexts(translations, corpus.language())));
                log.info("Printed the {} packet of the tour {} in {} ({} KB, {} ms)", edition, tour, corpus.language(),
                        bytes.length / 1024, (System.nanoTime() - start) / 1_000_000);
                mine.complete(bytes);
            } catch (RuntimeException | Error e) {
                printed.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            known = mine;
        }
        try {
            return Optional.of(known.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    // ---- From a tour to a packet ----------------------------------------------------------------

    /** The packet of a tour, from the corpus in the packet's language. */
    static Packet of(Tour tour, Corpus corpus, Packet.Edition edition, PacketTexts texts) {
        return of(tour, corpus, edition, texts, tour.quiz() == null ? Optional.empty() : corpus.quiz(tour.quiz()), List.of());
    }

    /**
     * The packet of a teacher's own lesson (a document set) in a language: its documents as stops,
     * its questions, and its writing questions with their model answers and rubrics in the key.
     * Printed afresh each time: a set changes as its teacher edits it, and only its teacher prints it.
     */
    public byte[] lessonPdf(Lesson lesson, Locale language, Packet.Edition edition) {
        Corpus corpus = content.corpus(language);
        PacketTexts texts = new PacketTexts(translations, corpus.language());
        Tour tour = lesson.asTour(corpus);
        List<PacketQuestion> writing = new ArrayList<>();
        for (Lesson.Question question : lesson.questions()) {
            if (question.writing()) {
                writing.add(writing(question, lesson, corpus, texts));
            }
        }
        Quiz quiz = lesson.asQuiz();
        Packet packet = of(tour, corpus, edition, texts, quiz.questions().isEmpty() ? Optional.empty() : Optional.of(quiz), writing);
        return pdf.render(new Packet(packet.language(), packet.edition(), Packet.Kind.SET, packet.title(), packet.period(), packet.summary(),
                packet.sections(), packet.questions()));
    }

    /** A writing question of a lesson: the passage it is about, room to write, and in the key its model answer and rubric. */
    private static PacketQuestion writing(Lesson.Question question, Lesson lesson, Corpus corpus, PacketTexts texts) {
        Optional<Cable> cable = corpus.cable(question.cable());
        String highlight = lesson.documents().stream().filter(d -> d.cable().equals(question.cable())).findFirst()
                .map(Lesson.Document::highlight).orElse(null);
        PacketQuestion.Excerpt excerpt = highlight == null ? null : new PacketQuestion.Excerpt(highlight,
                corpus.ourTranslation(question.cable(), highlight).orElse(null), cable.map(Cable::title).orElse(""),
                cable.map(c -> c.date().display(corpus.language())).orElse(""));
        List<String> levels = java.util.stream.IntStream.rangeClosed(0, PacketQuestion.Criterion.MAX)
                .mapToObj(n -> texts.getTranslation("packet.rubric.level." + n)).toList();
        List<PacketQuestion.Criterion> rubric = question.rubric().criteria().stream().map(c -> c.skill() != null
                ? new PacketQuestion.Criterion(PacketQuestion.Skill.valueOf(c.skill().toUpperCase(Locale.ROOT).replace('-', '_')), "", levels)
                : new PacketQuestion.Criterion(null, c.words(), levels)).toList();
        return new PacketQuestion(0, PacketQuestion.Kind.WRITING, question.prompt(), null, excerpt, null, null,
                new PacketQuestion.Writing(question.modelAnswer(), rubric), "", null, WRITING_LINES);
    }

    /** Ruled lines under a writing question. */
    static final int WRITING_LINES = 14;

    private static Packet of(Tour tour, Corpus corpus, Packet.Edition edition, PacketTexts texts, Optional<Quiz> quiz,
                             List<PacketQuestion> writing) {
        Locale locale = corpus.language();

        // The questions: each stop's checkpoint in the order of the stops, then the rest of the quiz.
        List<PacketQuestion> questions = new ArrayList<>();
        java.util.Map<QuestionId, Integer> numbers = new java.util.HashMap<>();
        List<Integer> checkpoints = new ArrayList<>();
        for (int i = 0; i < tour.stops().size(); i++) {
            Tour.Stop stop = tour.stops().get(i);
            int stopNumber = i + 1;
            Optional<Quiz.Question> checkpoint = stop.checkpoint() == null ? Optional.empty()
                    : quiz.flatMap(q -> q.question(stop.checkpoint()));
            checkpoint.ifPresent(q -> numbers.computeIfAbsent(q.id(), id -> {
                questions.add(question(q, questions.size() + 1, stopNumber, corpus, texts));
                return questions.size();
            }));
            checkpoints.add(checkpoint.map(q -> numbers.get(q.id())).orElse(null));
        }
        quiz.ifPresent(q -> q.questions().stream().filter(question -> !numbers.containsKey(question.id()))
                .forEach(question -> {
                    questions.add(question(question, questions.size() + 1, null, corpus, texts));
                    numbers.put(question.id(), questions.size());
                }));

        for (PacketQuestion w : writing) {
            questions.add(new PacketQuestion(questions.size() + 1, w.kind(), w.prompt(), w.checkpointOf(), w.excerpt(), w.skill(), w.map(),
                    w.body(), w.explanation(), w.reading(), w.lines()));
        }

        List<Packet.Section> sections = new ArrayList<>();
        for (int i = 0; i < tour.stops().size(); i++) {
            sections.add(section(tour.stops().get(i), i + 1, checkpoints.get(i), corpus, texts));
        }
        return new Packet(locale, edition, Packet.Kind.TOUR, tour.title(), period(tour, locale), tour.summary(), sections, questions);
    }

    static String period(Tour tour, Locale locale) {
        if (tour.periodFrom() == null && tour.periodTo() == null) {
            return "";
        }
        if (tour.periodFrom() != null && tour.periodFrom().equals(tour.periodTo())) {
            return tour.periodFrom().display(locale);
        }
        return (tour.periodFrom() == null ? "" : tour.periodFrom().display(locale)) + " – "
                + (tour.periodTo() == null ? "" : tour.periodTo().display(locale));
    }

    private static Packet.Section section(Tour.Stop stop, int number, Integer checkpoint, Corpus corpus, PacketTexts texts) {
        Locale locale = corpus.language();
        List<Packet.Document> documents = new ArrayList<>();
        for (Tour.CitedCable cited : stop.cables()) {
            corpus.cable(cited.cable()).ifPresent(cable -> documents.add(document(cable, cited.highlight(), corpus)));
        }
        return new Packet.Section(number, stop.title(), stop.date() == null ? "" : stop.date().display(locale),
                paragraphs(stop.narrative()), stop.question(), stopMap(stop, corpus, texts), documents, checkpoint);
    }

    /** A Markdown text as plain paragraphs (list items each on their own). */
    static List<String> paragraphs(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        Element body = Jsoup.parseBodyFragment(ExhibitMarkdown.toSafeHtml(markdown)).body();
        for (Element block : body.children()) {
            if (block.nameIs("ul") || block.nameIs("ol")) {
                block.select("li").forEach(li -> paragraphs.add("• " + li.text()));
            } else if (!block.text().isBlank()) {
                paragraphs.add(block.text());
            }
        }
        return paragraphs;
    }

    private static Packet.Document document(Cable cable, String highlight, Corpus corpus) {
        Locale locale = corpus.language();
        String date = cable.date().display(locale);
        List<Packet.Quotation> quotations = new ArrayList<>();
        if (highlight != null && !highlight.isBlank()) {
            String passage = highlight.replaceAll("\\s+", " ").strip();
            String[] around = around(cable.body(), passage);
            quotations.add(new Packet.Quotation(around[0], passage, around[1], corpus.ourTranslation(cable.id(), highlight).orElse(null),
                    cable.title(), date, cable.text() == Cable.TextKind.FULL));
        }
        Packet.Account account = null;
        String summary = null;
        if (cable.account() != null) {
            account = new Packet.Account(cable.publishedRecord() == null ? "" : cable.publishedRecord().publisher(),
                    cable.account().paragraphs());
        } else {
            summary = cable.summary();
        }
        return new Packet.Document(cable.title(), date, corpus.names(cable.from(), ", "), corpus.names(cable.to(), ", "),
                Citation.of(cable, corpus).chicago(), quotations, account, summary);
    }

    /**
     * The words of the paragraph before and after a highlighted passage, as plain text (a few
     * sentences at most on either side); empty when the passage is not found.
     */
    static String[] around(String body, String passage) {
        Element text = Jsoup.parseBodyFragment(ExhibitMarkdown.toSafeHtml(Objects.requireNonNullElse(body, ""))).body();
        for (Element block : text.select("p, li")) {
            String words = block.text().replaceAll("\\s+", " ").strip();
            int at = words.indexOf(passage);
            if (at >= 0) {
                return new String[] {clipStart(words.substring(0, at)), clipEnd(words.substring(at + passage.length()))};
            }
        }
        return new String[] {"", ""};
    }

    private static String clipStart(String before) {
        if (before.length() <= CONTEXT_CHARS) {
            return before;
        }
        String cut = before.substring(before.length() - CONTEXT_CHARS);
        int space = cut.indexOf(' ');
        return "…" + (space >= 0 ? cut.substring(space + 1) : cut);
    }

    private static String clipEnd(String after) {
        if (after.length() <= CONTEXT_CHARS) {
            return after;
        }
        String cut = after.substring(0, CONTEXT_CHARS);
        int space = cut.lastIndexOf(' ');
        return (space >= 0 ? cut.substring(0, space) : cut) + "…";
    }

    // ---- Maps ---------------------------------------------------------------------------------

    private static FrontLineImage.Labels labels(PacketTexts texts) {
        return new FrontLineImage.Labels(texts.getTranslation("packet.map.parallel"), texts.getTranslation("map.control.legend.line"),
                texts.getTranslation("map.control.legend.approx"), texts.getTranslation("map.control.legend.un"));
    }

    /** The front on the stop's map day, with the stop's places; before the war, Korea divided at the parallel. */
    private static Packet.MapFigure stopMap(Tour.Stop stop, Corpus corpus, PacketTexts texts) {
        if (stop.mapDate() == null) {
            return null;
        }
        Locale locale = corpus.language();
        LocalDate day = stop.mapDate().start();
        FrontLines map = corpus.frontLines();
        List<FrontLineImage.Mark> marks = marks(stop.mapPlaces(), corpus, false);
        if (day.isBefore(FrontLines.FIRST_DAY)) {
            String title = texts.getTranslation("packet.map.before-war", stop.mapDate().display(locale));
            PacketImage image = FrontLineImage.draw(map, new FrontLineImage.Drawing(null, marks, title, "", labels(texts),
                    texts.getTranslation("packet.map.alt-before-war")));
            return new Packet.MapFigure(image, texts.getTranslation("stop.map.before-war"));
        }
        Optional<FrontLines.State> state = map.stateOn(day).or(() -> map.nearest(day));
        if (state.isEmpty()) {
            return null;
        }
        String when = ExhibitDate.of(state.get().date()).display(locale);
        PacketImage image = FrontLineImage.draw(map, new FrontLineImage.Drawing(state.get(), marks,
                texts.getTranslation("packet.map.caption", when), state.get().label(), labels(texts),
                texts.getTranslation("packet.map.alt", when, state.get().label())));
        String accuracy = state.get().accuracy() == null || state.get().accuracy().isBlank() ? ""
                : texts.getTranslation("packet.map.accuracy", state.get().accuracy());
        return new Packet.MapFigure(image, accuracy);
    }

    /**
     * The places to mark: those on the peninsula's map, and (as the web map shows them) no
     * regions, seas or lines, unless {@code everyKind}: a question's places to choose from are all
     * marked, a peninsula too, or the one left out would give the answer away.
     */
    private static List<FrontLineImage.Mark> marks(List<PlaceId> places, Corpus corpus, boolean everyKind) {
        List<FrontLineImage.Mark> marks = new ArrayList<>();
        for (PlaceId id : places) {
            corpus.place(id).filter(p -> onTheMap(p) && (everyKind || !UNMARKED.contains(p.kind())))
                    .ifPresent(p -> marks.add(new FrontLineImage.Mark(p.name(), p.lat(), p.lon())));
        }
        return marks;
    }

    private static final Set<String> UNMARKED = Set.of("region", "country", "sea", "line", "peninsula", "river");

    private static boolean onTheMap(Place p) {
        return p.lat() >= 33.9 && p.lat() <= 43.0 && p.lon() >= 124.2 && p.lon() <= 130.8;
    }

    // ---- Questions ----------------------------------------------------------------------------

    private static PacketQuestion question(Quiz.Question q, int number, Integer checkpointOf, Corpus corpus, PacketTexts texts) {
        Locale locale = corpus.language();
        PacketQuestion.Kind kind = PacketQuestion.Kind.valueOf(q.type().name());
        Optional<Cable> cable = q.cable() == null ? Optional.empty() : corpus.cable(q.cable());

        PacketQuestion.Excerpt excerpt = null;
        if (q.excerpt() != null && !q.excerpt().isBlank()) {
            excerpt = new PacketQuestion.Excerpt(q.excerpt().replaceAll("\\s+", " ").strip(),
                    q.cable() == null ? null : corpus.ourTranslation(q.cable(), q.excerpt()).orElse(null),
                    cable.map(Cable::title).orElse(""), cable.map(c -> c.date().display(locale)).orElse(""));
        }
        PacketQuestion.Skill skill = q.skill() == null ? null : PacketQuestion.Skill.valueOf(q.skill().name());

        PacketQuestion.MapPart map = null;
        if ((q.type() == Quiz.Type.MAP_LINE || q.type() == Quiz.Type.MAP_PLACE) && q.date() != null) {
            map = questionMap(q, corpus, texts);
        }

        PacketQuestion.Body body = switch (q.type()) {
            case SINGLE, SOURCE, MAP_LINE, MAP_PLACE -> new PacketQuestion.Choices(shuffled(q, "choices", q.choices()).stream()
                    .map(c -> new PacketQuestion.Choice(c.text(), c.correct())).toList(), false);
            case MULTIPLE -> new PacketQuestion.Choices(shuffled(q, "choices", q.choices()).stream()
                    .map(c -> new PacketQuestion.Choice(c.text(), c.correct())).toList(), true);
            case TRUE_FALSE -> new PacketQuestion.TrueFalse(q.statement(), Boolean.TRUE.equals(q.answer()));
            case ORDER -> {
                List<Quiz.Item> shown = shuffled(q, "items", q.items());
                if (shown.equals(q.items()) && shown.size() > 1) {
                    shown = new ArrayList<>(shown);
                    Collections.rotate(shown, 1);
                }
                yield new PacketQuestion.Order(shown.stream().map(item -> new PacketQuestion.Item(item.text(),
                        q.items().indexOf(item) + 1)).toList());
            }
            case MATCH -> {
                List<Quiz.Pair> rights = shuffled(q, "rights", q.pairs());
                yield new PacketQuestion.Match(q.pairs().stream().map(pair -> new PacketQuestion.Left(pair.left(),
                        rights.indexOf(pair))).toList(), rights.stream().map(Quiz.Pair::right).toList());
            }
        };
        PacketQuestion.Reading reading = cable.map(c -> new PacketQuestion.Reading(c.title(), q.paragraph())).orElse(null);
        return new PacketQuestion(number, kind, q.prompt(), checkpointOf, excerpt, skill, map, body, q.explanation(), reading,
                REASON_LINES);
    }

    /**
     * The map a map question asks about: the front on its day, with no name for the line (which
     * would give the answer away), and for a place question the places to choose from marked.
     * Its date is printed beside it, not in it.
     */
    private static PacketQuestion.MapPart questionMap(Quiz.Question q, Corpus corpus, PacketTexts texts) {
        Locale locale = corpus.language();
        FrontLines map = corpus.frontLines();
        String when = ExhibitDate.of(q.date()).display(locale);
        FrontLines.State state = map.stateOn(q.date()).or(() -> map.nearest(q.date())).orElse(null);
        List<FrontLineImage.Mark> marks = q.type() == Quiz.Type.MAP_PLACE
                ? marks(q.choices().stream().filter(c -> org.cables.content.ContentId.isValidId(c.id())).map(c -> new PlaceId(c.id())).toList(), corpus, true)
                : List.of();
        PacketImage image = FrontLineImage.draw(map, new FrontLineImage.Drawing(
                q.date().isBefore(FrontLines.FIRST_DAY) ? null : state, marks, "", "",
                labels(texts), texts.getTranslation("packet.map.alt-question", when)));
        return new PacketQuestion.MapPart(when, image);
    }

    /** A list in an order of its own for each question, the same at every printing (and in the key). */
    private static <T> List<T> shuffled(Quiz.Question q, String what, List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random((q.id().value() + ":" + what).hashCode() * 31L + 7));
        return List.copyOf(copy);
    }
}
