package org.cables.network;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cables.content.Cable;
import org.cables.content.CableId;
import org.cables.content.Corpus;
import org.cables.content.Person;
import org.cables.content.PersonId;
import org.cables.content.TourId;

/**
 * Who wrote to whom: the archive's documents as links between the people and bodies on them.
 * A document travels in legs, sender to envoy to recipient (Stalin → Roshchin → Mao), so a
 * relayed telegram links each step of its way, not the two ends. The people of a document
 * are its senders, relays and recipients, as the archive's "person" filter counts them.
 * Built once per edition of the content (and language), then only read.
 */
public final class Correspondence {

    /** How long after a letter a document back from its recipient counts as the answer. */
    public static final int ANSWER_DAYS = 60;
    /** The kinds of document that expect an answer. */
    static final Set<Cable.DocumentType> LETTERS = EnumSet.of(Cable.DocumentType.CIPHERED_TELEGRAM,
            Cable.DocumentType.TELEGRAM, Cable.DocumentType.LETTER);

    /** One stage of a document's way: sender to envoy, envoy to envoy, envoy or sender to recipient. */
    public record Leg(PersonId from, PersonId to, boolean relayed) {

        public Pair pair() {
            return new Pair(from, to);
        }
    }

    /** A person or body who wrote, relayed or received at least one document with an addressee. */
    public record Node(PersonId id, String name, Person.Side side, Person.Kind kind, int total) {
    }

    /** Two correspondents, the documents ever between them, and whether some of them went through an envoy. */
    public record Link(Pair pair, boolean relayed, int total) {
    }

    /** The whole correspondence, all time; {@code version} changes only when the graph does. */
    public record Graph(String version, List<Node> nodes, List<Link> links) {
    }

    /** Documents each way between the two of a pair: from {@code a} to {@code b}, and back. */
    public record Flow(int ab, int ba) {

        public int total() {
            return ab + ba;
        }
    }

    /** What a filter selects: its documents, each person's count, each link's flow. */
    public record Counts(NetworkFilter filter, int documents, Map<PersonId, Integer> nodes, Map<Pair, Flow> links) {

        public int of(PersonId person) {
            return nodes.getOrDefault(person, 0);
        }

        public Flow of(Pair pair) {
            return links.getOrDefault(pair, new Flow(0, 0));
        }
    }

    /** Months in a row with no document. */
    public record Silence(YearMonth from, YearMonth to) {

        public int months() {
            return (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
        }
    }

    private final Corpus corpus;
    private final List<Cable> cables;
    private final Map<CableId, List<Leg>> legs = new HashMap<>();
    private final Map<CableId, Set<TourId>> tours = new HashMap<>();
    private final Map<CableId, Cable> answers = new HashMap<>();
    private final Graph graph;

    public Correspondence(Corpus corpus) {
        this.corpus = corpus;
        this.cables = corpus.cables().stream().sorted(Comparator.comparing(Cable::date).thenComparing(c -> c.id().value())).toList();
        for (Cable c : cables) {
            legs.put(c.id(), legs(c));
            tours.put(c.id(), corpus.stopsCiting(c.id()).stream().map(s -> s.tour().id()).collect(Collectors.toSet()));
        }
        for (Cable c : cables) {
            findAnswer(c).ifPresent(answer -> answers.put(c.id(), answer));
        }
        this.graph = buildGraph();
    }

    /** The legs of a document's way, each once; none when it has no sender or no addressee (a speech, a communiqué). */
    public static List<Leg> legs(Cable c) {
        if (c.from().isEmpty() || c.to().isEmpty()) {
            return List.of();
        }
        List<List<PersonId>> stages = new ArrayList<>();
        stages.add(c.from());
        c.via().forEach(envoy -> stages.add(List.of(envoy)));
        stages.add(c.to());
        boolean relayed = !c.via().isEmpty();
        Set<Leg> result = new LinkedHashSet<>();
        for (int i = 0; i + 1 < stages.size(); i++) {
            for (PersonId from : stages.get(i)) {
                for (PersonId to : stages.get(i + 1)) {
                    if (!from.equals(to)) {
                        result.add(new Leg(from, to, relayed));
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    public Graph graph() {
        return graph;
    }

    public Corpus corpus() {
        return corpus;
    }

    private Graph buildGraph() {
        Map<Pair, int[]> totals = new LinkedHashMap<>();
        Set<Pair> relayed = new java.util.HashSet<>();
        for (Cable c : cables) {
            for (Pair pair : pairs(c)) {
                totals.computeIfAbsent(pair, p -> new int[1])[0]++;
            }
            legs.get(c.id()).stream().filter(Leg::relayed).map(Leg::pair).forEach(relayed::add);
        }
        Set<PersonId> linked = new java.util.HashSet<>();
        totals.keySet().forEach(p -> {
            linked.add(p.a());
            linked.add(p.b());
        });
        Counts all = counts(NetworkFilter.everything());
        List<Node> nodes = corpus.people().stream().filter(p -> linked.contains(p.id()))
                .map(p -> new Node(p.id(), p.name(), p.side(), p.kind(), all.of(p.id())))
                .sorted(Comparator.comparing((Node n) -> n.id().value())).toList();
        List<Link> links = totals.entrySet().stream()
                .map(e -> new Link(e.getKey(), relayed.contains(e.getKey()), e.getValue()[0]))
                .sorted(Comparator.comparing((Link l) -> l.pair().id())).toList();
        return new Graph(version(nodes, links), nodes, links);
    }

    /** A short fingerprint of what the layout depends on (who, which side, which links, how strong). */
    private static String version(List<Node> nodes, List<Link> links) {
        StringBuilder text = new StringBuilder();
        nodes.forEach(n -> text.append(n.id().value()).append(':').append(n.side()).append(':').append(n.kind()).append(';'));
        links.forEach(l -> text.append(l.pair().id()).append(':').append(l.total()).append(l.relayed() ? "r" : "").append(';'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pairs a document links, each once. */
    private Set<Pair> pairs(Cable c) {
        return legs.get(c.id()).stream().map(Leg::pair).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The documents the filter selects, in date order. */
    public List<Cable> documents(NetworkFilter filter) {
        return cables.stream().filter(c -> filter.inWindow(c) && passes(filter, c)).toList();
    }

    private boolean passes(NetworkFilter filter, Cable c) {
        return filter.passes(c, tours.get(c.id()));
    }

    /** Each person's documents and each link's documents, both ways, under the filter. */
    public Counts counts(NetworkFilter filter) {
        Map<PersonId, Integer> nodes = new HashMap<>();
        Map<Pair, int[]> flows = new HashMap<>();
        List<Cable> selected = documents(filter);
        for (Cable c : selected) {
            c.correspondents().forEach(p -> nodes.merge(p, 1, Integer::sum));
            Set<String> counted = new java.util.HashSet<>();
            for (Leg leg : legs.get(c.id())) {
                Pair pair = leg.pair();
                boolean forward = pair.a().equals(leg.from());
                if (counted.add(pair.id() + (forward ? ">" : "<"))) {
                    flows.computeIfAbsent(pair, p -> new int[2])[forward ? 0 : 1]++;
                }
            }
        }
        Map<Pair, Flow> links = new HashMap<>();
        flows.forEach((pair, f) -> links.put(pair, new Flow(f[0], f[1])));
        return new Counts(filter, selected.size(), Map.copyOf(nodes), Map.copyOf(links));
    }

    /** A person's documents under the filter (sent, relayed or received), in date order. */
    public List<Cable> documentsOf(PersonId person, NetworkFilter filter) {
        return documents(filter).stream().filter(c -> c.correspondents().contains(person)).toList();
    }

    /** The documents one of a pair passed to the other (directly or as one stage of a relay), in date order. */
    public List<Cable> between(Pair pair, NetworkFilter filter) {
        return documents(filter).stream().filter(c -> pairs(c).contains(pair)).toList();
    }

    /** Whether the document went from {@code from} to the other of the pair (on some leg). */
    public boolean sentBy(Cable c, PersonId from, Pair pair) {
        return legs.get(c.id()).stream().anyMatch(l -> l.pair().equals(pair) && l.from().equals(from));
    }

    /** Documents per month over the whole archive, every month from the first to the last, under the filter's other choices. */
    public SortedMap<YearMonth, Integer> perMonth(NetworkFilter filter) {
        SortedMap<YearMonth, Integer> months = new TreeMap<>();
        for (YearMonth m = NetworkFilter.FIRST; !m.isAfter(NetworkFilter.LAST); m = m.plusMonths(1)) {
            months.put(m, 0);
        }
        for (Cable c : documents(filter.allTime())) {
            months.merge(YearMonth.from(c.date().start()), 1, Integer::sum);
        }
        return months;
    }

    /** The runs of months within the filter's window in which the archive (so filtered) has no document. */
    public List<Silence> silences(NetworkFilter filter) {
        SortedMap<YearMonth, Integer> months = perMonth(filter);
        List<Silence> result = new ArrayList<>();
        YearMonth start = null;
        for (YearMonth m = filter.from(); !m.isAfter(filter.to()); m = m.plusMonths(1)) {
            boolean empty = months.getOrDefault(m, 0) == 0;
            if (empty && start == null) {
                start = m;
            } else if (!empty && start != null) {
                result.add(new Silence(start, m.minusMonths(1)));
                start = null;
            }
        }
        if (start != null) {
            result.add(new Silence(start, filter.to()));
        }
        return result;
    }

    /**
     * The document in the archive that answers this one: one that names it as what it answers,
     * or else the first that goes back from one of its recipients to one of its senders within
     * {@value #ANSWER_DAYS} days.
     */
    public Optional<Cable> answer(Cable c) {
        return Optional.ofNullable(answers.get(c.id()));
    }

    private Optional<Cable> findAnswer(Cable c) {
        Optional<Cable> named = cables.stream().filter(d -> c.id().equals(d.inReplyTo())).findFirst();
        if (named.isPresent() || c.to().isEmpty()) {
            return named;
        }
        LocalDate sent = c.date().start();
        return cables.stream()
                .filter(d -> d != c && !d.date().start().isBefore(sent) && !d.date().start().isAfter(sent.plusDays(ANSWER_DAYS)))
                .filter(d -> d.from().stream().anyMatch(c.to()::contains)
                        && Stream.concat(d.to().stream(), d.via().stream()).anyMatch(c.from()::contains))
                .findFirst();
    }

    /** A letter or telegram to someone for which the archive holds no answer (see {@link #answer}). */
    public boolean unanswered(Cable c) {
        return LETTERS.contains(c.type()) && !c.to().isEmpty() && !c.from().isEmpty() && !answers.containsKey(c.id());
    }

    /** The filter's letters and telegrams with no answer in the archive, in date order. */
    public List<Cable> unanswered(NetworkFilter filter) {
        return documents(filter).stream().filter(this::unanswered).toList();
    }

    /** The filter's documents that answer a message the archive does not hold, in date order. */
    public List<Cable> answersWithoutQuestion(NetworkFilter filter) {
        return documents(filter).stream().filter(c -> c.inReplyToUnlisted() != null).toList();
    }

    /** For each link with documents under the filter, its documents in each phase of the war the window touches. */
    public Map<Pair, Map<WarPhase, Integer>> byPhase(NetworkFilter filter) {
        Map<Pair, Map<WarPhase, Integer>> table = new HashMap<>();
        for (Cable c : documents(filter)) {
            WarPhase phase = WarPhase.of(c.date().start());
            for (Pair pair : pairs(c)) {
                table.computeIfAbsent(pair, p -> new EnumMap<>(WarPhase.class)).merge(phase, 1, Integer::sum);
            }
        }
        return table;
    }

    /** Everyone a person exchanged documents with (on a leg of the way), with the documents in each year. */
    public Map<PersonId, SortedMap<Integer, Integer>> correspondentsByYear(PersonId person) {
        Map<PersonId, SortedMap<Integer, Integer>> result = new HashMap<>();
        for (Cable c : cables) {
            for (Pair pair : pairs(c)) {
                if (pair.has(person)) {
                    result.computeIfAbsent(pair.other(person), p -> new TreeMap<>()).merge(c.date().year(), 1, Integer::sum);
                }
            }
        }
        return result;
    }

    /** The name of a person or body in this edition's language (the id when unknown). */
    public String name(PersonId id) {
        return corpus.person(id).map(Person::name).orElse(id.value());
    }
}
