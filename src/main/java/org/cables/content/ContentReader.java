package org.cables.content;

/**
 * Turns the files of a content folder into entries, kind by kind, reporting every schema
 * problem; the result is read once and handed, unchanged, to the rules.
 */
final class ContentReader {

    private final ContentProblems problems;

    ContentReader(ContentProblems problems) {
        this.problems = problems;
    }

    ContentRead read(ContentFiles files) {
        for (ContentFiles.File file : files.files()) {
            if (file.readError() != null) {
                problems.add(file.path(), 0, "The file " + file.readError(), "save it as UTF-8 text");
            }
        }
        ContentYaml yaml = new ContentYaml(problems);
        KnownIds known = new KnownIds();
        var lists = new PeoplePlacesTopicsReader(yaml, known);
        var people = lists.people(files);
        var places = lists.places(files);
        var topics = lists.topics(files);
        var events = new ChronologyReader(yaml, known).read(files);
        var cables = new CableReader(yaml, problems, known).read(files);
        var tours = new TourReader(yaml, problems).read(files);
        var map = new MapReader(yaml, problems).read(files);
        var quizzes = new QuizReader(yaml, problems, known).read(files);
        for (ContentFiles.File file : files.files()) {
            if (!isKnownFile(file.path())) {
                problems.add(file.path(), 0, "Unexpected file in the content folder",
                        "content/README.md lists the files the exhibit reads; move or remove this one");
            }
        }
        return new ContentRead(people, places, topics, events, cables, tours.tours(), tours.stops(), map,
                quizzes.quizzes(), quizzes.questions(), known.toSet());
    }

    private static boolean isKnownFile(String path) {
        return path.equals("README.md") || path.equals(PeoplePlacesTopicsReader.PEOPLE)
                || path.equals(PeoplePlacesTopicsReader.PLACES) || path.equals(PeoplePlacesTopicsReader.TOPICS)
                || path.equals(ChronologyReader.CHRONOLOGY) || path.startsWith("cables/") || path.startsWith("tours/")
                || path.startsWith("quizzes/") || path.startsWith("map/") || path.startsWith(KoreanEdition.FOLDER)
                || path.equals(KoreanEdition.GLOSSARY);
    }
}
