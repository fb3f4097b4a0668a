package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import org.cables.i18n.ExhibitLanguage;
import org.cables.staff.SignedIn;
import org.cables.staff.StaffRole;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Pressing 한국어 on any page draws that page again in Korean, not only the menu, and the page
 * stays where it was: same address, same state.
 */
@SpringBootTest
class LanguageChangeTest extends ExhibitViewTest {

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static Stream<Arguments> everyRoutedView() {
        return Stream.of(
                Arguments.of("", "home.heading", null),
                Arguments.of("archive?q=Filippov&tour=road-to-war", "archive.heading", null),
                Arguments.of("cables/1951-07-11-mao-to-stalin", "cable.date", null),
                Arguments.of("people", "people.heading", null),
                Arguments.of("people/stalin", "person.biography", null),
                Arguments.of("tours", "tours.heading", null),
                Arguments.of("tours/road-to-war", "tour.stops", null),
                Arguments.of("tours/road-to-war/kim-asks-stalin", "stop.documents", null),
                Arguments.of("map?date=1950-09-28", "map.heading", null),
                Arguments.of("chronology?category=military", "chronology.heading", null),
                Arguments.of("quizzes", "quizzes.heading", null),
                Arguments.of("quizzes/road-to-war", "quiz.start", null),
                Arguments.of("join", "join.heading", null),
                Arguments.of("login", "login.heading", null),
                Arguments.of("teach", "teach.heading", StaffRole.TEACHER),
                Arguments.of("admin/content", "admin.content.heading", StaffRole.ADMIN),
                Arguments.of("admin/statistics", "admin.statistics.heading", StaffRole.ADMIN),
                Arguments.of("admin/staff", "staff.heading", StaffRole.ADMIN));
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("everyRoutedView")
    void thePageItselfTakesTheLanguageAndKeepsItsAddress(String address, String key, StaffRole role) {
        if (role != null) {
            SignedIn.as("language-" + role.name().toLowerCase(Locale.ROOT), role);
        }
        visit(address);
        HasElement before = getCurrentView();
        String english = viewText();
        assertThat(english).contains(translation(key, Locale.ENGLISH));

        chooseLanguage(ExhibitLanguage.KOREAN);

        assertThat(getCurrentView()).as("the page is drawn again").isNotSameAs(before);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo(address);
        String korean = viewText();
        assertThat(korean).contains(translation(key, Locale.KOREAN)).doesNotContain(translation(key, Locale.ENGLISH));
        assertThat(hangul(korean)).as("Hangul letters on the page").isGreaterThan(hangul(english) + 5);

        chooseLanguage(ExhibitLanguage.ENGLISH);
        assertThat(viewText()).contains(translation(key, Locale.ENGLISH));
    }

    @Test
    void theMapKeepsTheDayChosenOnThePage() {
        visit("map?date=1950-09-28");
        test($(NativeButton.class).withClassName("around-go").first()).click();
        String chosen = org.cables.ui.AddressBar.current(UI.getCurrent()).getPathWithQueryParameters();
        assertThat(chosen).startsWith("map?date=").isNotEqualTo("map?date=1950-09-28");

        chooseLanguage(ExhibitLanguage.KOREAN);

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo(chosen);
        assertThat(viewText()).contains(translation("map.heading", Locale.KOREAN));
    }

    @Test
    void theArchiveKeepsTheWordsTypedAndTheChronologyItsChoice() {
        visit("archive");
        test($(TextField.class).withClassName("archive-search").single()).setValue("Roshchin");
        chooseLanguage(ExhibitLanguage.KOREAN);
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("q")).hasValue("Roshchin");
        assertThat($(TextField.class).withClassName("archive-search").single().getValue()).isEqualTo("Roshchin");

        visit("chronology");
        @SuppressWarnings("unchecked")
        Select<Object> category = $(Select.class).first();
        category.setValue(category.getListDataView().getItems().skip(2).findFirst().orElseThrow());
        String chosen = org.cables.ui.AddressBar.current(UI.getCurrent()).getPathWithQueryParameters();
        assertThat(chosen).startsWith("chronology?category=");
        chooseLanguage(ExhibitLanguage.ENGLISH);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo(chosen);
    }

    private static String translation(String key, Locale locale) {
        I18NProvider i18n = VaadinService.getCurrent().getInstantiator().getI18NProvider();
        return i18n.getTranslation(key, locale);
    }
}
