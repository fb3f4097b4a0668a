package org.cables.navigation;

import java.util.Locale;
import java.util.Map;

import org.cables.content.TourId;
import org.cables.i18n.ExhibitLanguage;

/** Printed packets of the tours: the students' packet and the teacher's key, as PDF files. */
public final class PacketNavigation {

    /** Where the tours' packets are; a packet is {@code <tour>.pdf}, its key {@code <tour>-key.pdf}. */
    public static final String TOURS = "packets/tours/";
    /** What a teacher's key's file name ends with, before {@code .pdf}. */
    public static final String KEY_SUFFIX = "-key";
    /** The address parameter naming the packet's language ({@code en}, {@code ko}). */
    public static final String LANGUAGE = "lang";

    /** Where teachers' own document sets print: {@code <set>.pdf} and {@code <set>-key.pdf}, for their teacher only. */
    public static final String SETS = "packets/sets/";

    private PacketNavigation() {
    }

    /** The students' packet of a teacher's document set in a language. */
    public static String set(String setId, Locale language) {
        return Addresses.withQuery(SETS + Addresses.segment(setId) + ".pdf", Map.of(LANGUAGE, tag(language)));
    }

    /** The teacher's key to a document set's packet in a language. */
    public static String setKey(String setId, Locale language) {
        return Addresses.withQuery(SETS + Addresses.segment(setId) + KEY_SUFFIX + ".pdf", Map.of(LANGUAGE, tag(language)));
    }

    /** The students' packet of a tour in a language ({@code packets/tours/road-to-war.pdf?lang=ko}). */
    public static String tour(TourId tour, Locale language) {
        return Addresses.withQuery(TOURS + Addresses.segment(tour.value()) + ".pdf", Map.of(LANGUAGE, tag(language)));
    }

    /** The teacher's key to a tour's packet in a language ({@code packets/tours/road-to-war-key.pdf?lang=ko}). */
    public static String key(TourId tour, Locale language) {
        return Addresses.withQuery(TOURS + Addresses.segment(tour.value()) + KEY_SUFFIX + ".pdf", Map.of(LANGUAGE, tag(language)));
    }

    /** The name a downloaded packet is saved under ({@code cables-road-to-war-ko.pdf}, {@code cables-road-to-war-ko-teachers-key.pdf}). */
    public static String fileName(TourId tour, Locale language, boolean key) {
        return "cables-" + tour.value() + "-" + tag(language) + (key ? "-teachers-key" : "") + ".pdf";
    }

    /** The exhibit's language for a locale, as the address names it (English for any other). */
    private static String tag(Locale language) {
        return ExhibitLanguage.forLocale(language).locale().getLanguage();
    }
}
