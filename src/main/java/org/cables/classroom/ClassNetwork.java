package org.cables.classroom;

import java.time.YearMonth;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.cables.content.ExhibitDate;
import org.cables.network.CorrespondenceNetwork;
import org.cables.network.NetworkDrawing;
import org.cables.network.NetworkFilter;

/**
 * The correspondence network as a class sees it when the teacher puts it on every screen:
 * the months the teacher chose, the whole archive's documents, opened person by person on
 * each student's own screen.
 */
final class ClassNetwork {

    /** The months the console offers first: the war's opening, from the North's attack to China's entry. */
    static final YearMonth DEFAULT_FROM = YearMonth.of(1950, 6);
    static final YearMonth DEFAULT_TO = YearMonth.of(1950, 10);

    private ClassNetwork() {
    }

    static String monthName(YearMonth month, Locale locale) {
        return ExhibitDate.of(month).display(locale);
    }

    static String period(ClassSession session, Locale locale) {
        return session.networkFrom().equals(session.networkTo()) ? monthName(session.networkFrom(), locale)
                : monthName(session.networkFrom(), locale) + " – " + monthName(session.networkTo(), locale);
    }

    /** The heading and the network of the class's months. */
    static Component drawing(CorrespondenceNetwork network, ClassSession session, Locale locale) {
        NetworkDrawing drawing = new NetworkDrawing(open -> { });
        H2 heading = new H2(drawing.getTranslation("class.network", period(session, locale)));
        Div shown = new Div(heading, drawing);
        shown.addClassName("class-network");
        drawing.show(network.of(locale), new NetworkFilter(session.networkFrom(), session.networkTo(), null, null, null, false), "");
        return shown;
    }
}
