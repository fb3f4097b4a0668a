package org.cables.navigation;

import org.cables.content.StopId;
import org.cables.content.TourId;

/** The guided tours, a tour's overview and its stops. */
public final class TourNavigation {

    public static final String TOURS = "tours";
    public static final String TOUR = "tours/:tour";
    public static final String STOP = "tours/:tour/:stop";

    private TourNavigation() {
    }

    public static String tours() {
        return TOURS;
    }

    public static String tour(TourId tour) {
        return "tours/" + Addresses.segment(tour.value());
    }

    public static String stop(TourId tour, StopId stop) {
        return tour(tour) + "/" + Addresses.segment(stop.value());
    }
}
