package org.cables.content;

import java.util.List;

/** A guided tour: a story told through the cables, stop by stop. */
public record Tour(TourId id, String title, ExhibitDate periodFrom, ExhibitDate periodTo, String summary,
                   QuizId quiz, List<Stop> stops) {

    public Tour {
        stops = List.copyOf(stops);
    }

    /** One stop of a tour. */
    public record Stop(StopId id, int position, String title, ExhibitDate date, List<CitedCable> cables,
                       ExhibitDate mapDate, List<PlaceId> mapPlaces, String question, String narrative, QuestionId checkpoint) {

        public Stop {
            cables = List.copyOf(cables);
            mapPlaces = List.copyOf(mapPlaces);
        }
    }

    /** A cable shown at a stop, with the passage that matters. */
    public record CitedCable(CableId cable, String highlight) {
    }
}
