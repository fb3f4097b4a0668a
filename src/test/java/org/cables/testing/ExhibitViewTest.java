package org.cables.testing;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import org.cables.i18n.ExhibitLanguage;
import org.cables.ui.ChoiceButtons;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The set-up every view test shares: views run in the test JVM with the Spring context and no
 * browser (Vaadin's browserless testing), starting in English. A subclass still says
 * {@code @SpringBootTest}, with the properties it needs.
 */
public abstract class ExhibitViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInEnglish() {
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Opens an address as a visitor's link would ({@code "map?date=1950-09-28"}). */
    protected void visit(String address) {
        Location location = new Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    /**
     * Presses a language button in the header, as a visitor does: the browser reports the click on
     * the block of language buttons with the language of the button pressed ({@code LanguageSwitcher}).
     */
    protected void chooseLanguage(ExhibitLanguage language) {
        Element block = $(com.vaadin.flow.component.Component.class).withClassName("language-switcher").single().getElement();
        pressChoice(block, "language", language.locale().toLanguageTag());
    }

    /**
     * A click on a button of a block of {@link ChoiceButtons}, as the browser reports it: the button's
     * {@code data-NAME} is {@code value}; with {@code value} null, a click beside the buttons.
     */
    protected static void pressChoice(Element block, String name, String value) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(ChoiceButtons.filter(name), value != null);
        if (value != null) {
            data.put(ChoiceButtons.chosen(name), value);
        }
        block.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(block, "click", data));
    }

    /**
     * All the text of the page's own part (not the frame), with the text of the blocks the page
     * draws as HTML (the chronology's events, a tour stop's documents), as a reader sees it.
     */
    protected String viewText() {
        return textOf(getCurrentView().getElement());
    }

    /** An element's text, its children's, and that of the HTML it holds. */
    protected static String textOf(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        StringBuilder text = new StringBuilder();
        if (element.hasProperty("innerHTML")) {
            text.append(org.jsoup.Jsoup.parseBodyFragment(element.getProperty("innerHTML", "")).text());
        }
        element.getChildren().forEach(child -> text.append(textOf(child)));
        return text.toString();
    }

    /** How many Hangul letters a text has. */
    protected static long hangul(String text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
    }
}
