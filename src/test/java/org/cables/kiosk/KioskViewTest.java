package org.cables.kiosk;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.server.VaadinSession;
import org.cables.map.FrontLineMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The exhibit as a kiosk (the {@code kiosk} profile's setting): attract loop, begin, touch-first pages. */
@SpringBootTest(properties = "exhibit.kiosk.enabled=true")
class KioskViewTest extends ExhibitViewTest {

    @Autowired
    JdbcClient jdbc;


    @Test
    void theStartPageIsTheAttractLoop() {
        navigate("", KioskView.class);
        FrontLineMap map = $(FrontLineMap.class).single();
        assertThat(map.getElement().getProperty("attract", false)).as("the map plays by itself").isTrue();
        KioskIdle caretaker = $(KioskIdle.class).single();
        assertThat(caretaker.getElement().getProperty("attract", false)).as("no idle countdown on the attract loop").isTrue();
        assertThat(caretaker.getElement().getProperty("bootId", "")).isNotBlank();
        assertThat($(NativeButton.class).all()).extracting(NativeButton::getText)
                .containsExactly("Touch to begin", "한국어로 시작하기");
        assertThat($(Anchor.class).all()).as("nothing to follow out of the attract loop").isEmpty();
        assertThat(getCurrentView().getElement().getOuterHTML()).doesNotContain("<input");
    }

    @Test
    void aTouchBeginsAVisitWhichIsCounted() {
        int before = count("KIOSK_VISIT");
        navigate("kiosk", KioskView.class);
        test($(NativeButton.class).withText("Touch to begin").single()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
        assertThat(count("KIOSK_VISIT")).isEqualTo(before + 1);
        KioskIdle caretaker = $(KioskIdle.class).single();
        assertThat(caretaker.getElement().getProperty("attract", true)).as("the idle countdown watches the visit").isFalse();
        assertThat(caretaker.getElement().getProperty("idleSeconds", 0.0)).isEqualTo(90.0);
        assertThat(caretaker.getElement().getProperty("countdownSeconds", 0.0)).isEqualTo(20.0);
        assertThat(caretaker.getElement().getPropertyRaw("labels").toString()).contains("Still exploring?", "Keep exploring");
    }

    @Test
    void theKoreanButtonBeginsInKorean() {
        navigate("kiosk", KioskView.class);
        test($(NativeButton.class).withText("한국어로 시작하기").single()).click();
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
    }

    @Test
    void theArchiveNeedsNoTypingOnAKiosk() {
        navigate("kiosk", KioskView.class);
        test($(NativeButton.class).withText("Touch to begin").single()).click();
        navigate("archive", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ArchiveView");
        assertThat(inView(TextField.class)).as("the search box is there, hidden").singleElement()
                .matches(f -> f.hasClassName("archive-search") && !f.isVisible());
        assertThat(inView(DatePicker.class)).as("the two date fields, hidden").hasSize(2).allMatch(f -> !f.isVisible());
        assertThat($(com.vaadin.flow.component.combobox.ComboBox.class).all()).as("the choices stay").isNotEmpty()
                .allMatch(com.vaadin.flow.component.Component::isVisible);
    }

    @Test
    void aKioskOffersNoClassToJoin() {
        navigate("kiosk", KioskView.class);
        test($(NativeButton.class).withText("Touch to begin").single()).click();
        navigate("archive", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ArchiveView");
        assertThat(org.cables.shell.SideNavigationAccess.paths())
                .contains("archive").doesNotContain("join");
    }

    @Test
    void aKioskOffersNoStaffSignIn() {
        navigate("kiosk", KioskView.class);
        test($(NativeButton.class).withText("Touch to begin").single()).click();
        java.util.List<String> footers = new java.util.ArrayList<>();
        java.util.Deque<Component> todo = new java.util.ArrayDeque<>(java.util.List.of((Component) com.vaadin.flow.component.UI.getCurrent()));
        while (!todo.isEmpty()) {
            Component c = todo.pop();
            if (c.getElement().getTag().equals("footer")) {
                footers.add(c.getElement().getProperty("innerHTML"));
            }
            c.getChildren().forEach(todo::push);
        }
        assertThat(footers).as("the footer is there, without the sign-in link").singleElement()
                .matches(html -> html.contains("footer-sources") && !html.contains("footer-staff"));
    }

    @Test
    void aTourStopTellsAKioskVisitorToSwipe() {
        navigate("kiosk", KioskView.class);
        test($(NativeButton.class).withText("Touch to begin").single()).click();
        navigate("tours/decision-to-intervene/beijing-hesitates", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TourStopView");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("stop-keys").single().getText())
                .isEqualTo("Tip: swipe left or right to move between stops.");
    }

    /** Every component of a type in the current view, hidden ones too. */
    private <T extends Component> java.util.List<T> inView(Class<T> type) {
        java.util.List<T> found = new java.util.ArrayList<>();
        java.util.Deque<Component> todo = new java.util.ArrayDeque<>(java.util.List.of((Component) getCurrentView()));
        while (!todo.isEmpty()) {
            Component c = todo.pop();
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            c.getChildren().forEach(todo::push);
        }
        return found;
    }

    private int count(String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM visit_event WHERE kind = ?").param(kind).query(Integer.class).single();
    }
}
