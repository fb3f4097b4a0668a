package org.cables.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the tours: a folder tours/&lt;tour&gt;/ each, with tour.yaml and one Markdown file per stop. */
final class TourReader {

    /** The tours read, and each of their stops with where it was read. */
    record Tours(List<Located<Tour>> tours, List<Located<Tour.Stop>> stops) {

        Tours {
            tours = List.copyOf(tours);
            stops = List.copyOf(stops);
        }
    }

    private static final Set<String> TOUR_FIELDS = Set.of("id", "title", "period", "summary", "quiz");
    private static final Set<String> PERIOD_FIELDS = Set.of("from", "to");
    private static final Set<String> STOP_FIELDS = Set.of("id", "title", "date", "cables", "map", "question", "checkpoint");
    private static final Set<String> STOP_CABLE_FIELDS = Set.of("id", "highlight");
    private static final Set<String> STOP_MAP_FIELDS = Set.of("date", "places");
    private static final Pattern STOP_FILE = Pattern.compile("tours/([^/]+)/(\\d{2})-([a-z0-9-]+)\\.md");

    private final ContentYaml yaml;
    private final ContentProblems problems;

    TourReader(ContentYaml yaml, ContentProblems problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    Tours read(ContentFiles files) {
        Map<String, List<ContentFiles.File>> byTour = new TreeMap<>();
        for (ContentFiles.File file : files.under("tours")) {
            String rest = file.path().substring("tours/".length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                problems.add(file.path(), 0, "Unexpected file in tours/", "each tour is a folder tours/<tour>/ with tour.yaml and its stops");
                continue;
            }
            byTour.computeIfAbsent(rest.substring(0, slash), k -> new ArrayList<>()).add(file);
        }
        List<Located<Tour>> tours = new ArrayList<>();
        List<Located<Tour.Stop>> stops = new ArrayList<>();
        byTour.forEach((folder, tourFiles) -> {
            Located<Tour> tour = tour(folder, tourFiles, stops);
            if (tour != null) {
                tours.add(tour);
            }
        });
        return new Tours(tours, stops);
    }

    private Located<Tour> tour(String folder, List<ContentFiles.File> files, List<Located<Tour.Stop>> stops) {
        String tourPath = "tours/" + folder + "/tour.yaml";
        ContentFiles.File tourFile = files.stream().filter(f -> f.path().equals(tourPath)).findFirst().orElse(null);
        if (tourFile == null) {
            problems.add("tours/" + folder, 0, "The tour has no tour.yaml", "add tours/" + folder + "/tour.yaml");
            return null;
        }
        List<Tour.Stop> tourStops = new ArrayList<>();
        for (ContentFiles.File file : files) {
            if (file == tourFile || file.text() == null) {
                continue;
            }
            Matcher m = STOP_FILE.matcher(file.path());
            if (!m.matches()) {
                problems.add(file.path(), 0, "Unexpected file in a tour folder", "stops are named NN-<stop-id>.md, e.g. 01-stalin-says-no.md");
                continue;
            }
            Located<Tour.Stop> stop = stop(file, Integer.parseInt(m.group(2)), m.group(3));
            if (stop != null) {
                stops.add(stop);
                tourStops.add(stop.value());
            }
        }
        if (tourFile.text() == null) {
            return null;
        }
        YamlFields f = yaml.mapping(tourPath, tourFile.text(), "tour.yaml must be 'field: value' lines", "see content/README.md, Tours");
        if (f == null) {
            return null;
        }
        f.allowOnly(TOUR_FIELDS, "a tour");
        String id = f.string("id", true);
        if (id != null && !id.equals(folder)) {
            f.problem("id", "The tour id '" + id + "' does not match its folder '" + folder + "'", "make them the same");
        }
        String title = f.string("title", true);
        String summary = f.string("summary", true);
        YamlFields period = f.object("period");
        ExhibitDate periodFrom = null;
        ExhibitDate periodTo = null;
        if (period == null) {
            f.problem("period", "Missing required field 'period'", "write period: { from: 1949-03, to: 1950-06-25 }");
        } else {
            period.allowOnly(PERIOD_FIELDS, "a period");
            periodFrom = period.date("from", true);
            periodTo = period.date("to", true);
        }
        tourStops.sort(Comparator.comparingInt(Tour.Stop::position));
        TourId tourId = f.id("id", id, TourId::new, "tour");
        if (tourId == null || title == null || summary == null) {
            return null;
        }
        QuizId quiz = f.id("quiz", f.string("quiz", false), QuizId::new, "quiz");
        return ContentYaml.located(new Tour(tourId, title, periodFrom, periodTo, summary, quiz, tourStops), f);
    }

    private Located<Tour.Stop> stop(ContentFiles.File file, int position, String fileStopId) {
        ContentYaml.FrontMatter fm = yaml.split(file);
        if (fm == null) {
            return null;
        }
        YamlFields f = yaml.frontMatterFields(file, fm);
        if (f == null) {
            return null;
        }
        f.allowOnly(STOP_FIELDS, "a tour stop");
        String id = f.string("id", true);
        if (id != null && !id.equals(fileStopId)) {
            f.problem("id", "The stop id '" + id + "' does not match the file name", "name the file NN-" + id + ".md");
        }
        // A stop whose id is malformed keeps its place under its file's name: the id is reported above as not matching it.
        StopId stopId = id == null || ContentId.isValid(id) || !ContentId.isValid(fileStopId)
                ? f.id("id", id, StopId::new, "stop") : new StopId(fileStopId);
        String title = f.string("title", true);
        ExhibitDate date = f.date("date", true);
        List<Tour.CitedCable> cited = new ArrayList<>();
        for (YamlFields c : f.objects("cables")) {
            c.allowOnly(STOP_CABLE_FIELDS, "a cited cable");
            CableId cableId = c.id("id", c.string("id", true), CableId::new, "cable");
            if (cableId != null) {
                cited.add(new Tour.CitedCable(cableId, c.string("highlight", false)));
            }
        }
        if (cited.isEmpty()) {
            f.problem("cables", "A stop must cite at least one cable", "add cables: [{ id: …, highlight: \"…\" }]");
        }
        YamlFields map = f.object("map");
        ExhibitDate mapDate = date;
        List<PlaceId> mapPlaces = List.of();
        if (map != null) {
            map.allowOnly(STOP_MAP_FIELDS, "a stop's map");
            ExhibitDate d = map.date("date", false);
            mapDate = d == null ? date : d;
            mapPlaces = map.ids("places", PlaceId::new, "place");
        }
        String question = f.string("question", true);
        if (fm.body().isBlank()) {
            problems.add(file.path(), fm.bodyLine(), "The stop has no narrative", "write 150 to 400 words below the front matter");
        }
        if (stopId == null || title == null || date == null || question == null) {
            return null;
        }
        QuestionId checkpoint = f.id("checkpoint", f.string("checkpoint", false), QuestionId::new, "question");
        return ContentYaml.located(new Tour.Stop(stopId, position, title, date, cited, mapDate, mapPlaces, question,
                fm.body(), checkpoint), f, fm);
    }
}
