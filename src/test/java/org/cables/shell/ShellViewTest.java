package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ShellViewTest extends ExhibitViewTest {


    @Test
    void homePageIntroducesTheExhibit() {
        navigate(HomeView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("The Korean War in secret telegrams");
        assertThat($view(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(p -> p.getText())
                .anySatisfy(t -> assertThat(t).contains("Filippov").contains("Feng Xi"));
    }

    @Test
    void theFooterOffersStaffSignInToVisitorsOnly() {
        navigate(HomeView.class);
        assertThat($(Anchor.class).withClassName("footer-staff").single().isVisible()).isTrue();
    }

    @Test
    void signedInStaffAreNotOfferedToSignInAgain() {
        org.cables.staff.SignedIn.as("footer-teacher", org.cables.staff.StaffRole.TEACHER);
        try {
            // (The test's first page was built before the sign-in; the layout decides on each page.)
            navigate("tours", com.vaadin.flow.component.Component.class);
            assertThat($(Anchor.class).withClassName("footer-staff").all()).as("only visible ones are found").isEmpty();
        } finally {
            org.cables.staff.SignedIn.nobody();
        }
    }

    @Test
    void navigationIsBuiltFromMenuAnnotationsAndTranslated() {
        navigate(HomeView.class);
        SideNavigation nav = $(SideNavigation.class).single();
        assertThat(nav.items()).extracting(SideNavigation.Item::label).contains("Home", "The archive");
        assertThat(nav.label()).isEqualTo("Exhibit sections");
        String html = nav.getElement().getProperty("innerHTML");
        assertThat(html).startsWith("<vaadin-side-nav class=\"exhibit-nav\"><span slot=\"label\">Exhibit sections</span>")
                .contains("<vaadin-side-nav-item path=\"archive\"><vaadin-icon src=\"icons/cables-icons.svg\" symbol=\"archive\" "
                        + "slot=\"prefix\" aria-hidden=\"true\"></vaadin-icon>The archive</vaadin-side-nav-item>");

        test($(NativeButton.class).withText("한국어").single()).click();
        assertThat($(SideNavigation.class).single().items()).extracting(SideNavigation.Item::label).contains("홈");
        assertThat($(SideNavigation.class).single().getElement().getProperty("innerHTML")).contains(">홈</vaadin-side-nav-item>");
    }

    @Test
    void languageChoiceTranslatesTheShellAndHoldsForTheVisit() {
        navigate(HomeView.class);
        NativeButton korean = $(NativeButton.class).withText("한국어").single();
        assertThat(korean.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        test(korean).click();

        assertThat($(H1.class).single().getText()).isEqualTo("비밀 전보로 읽는 한국전쟁");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
        assertThat($(NativeButton.class).withText("한국어").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat($(Span.class).withClassName("exhibit-subtitle").single().getText())
                .isEqualTo("비밀 전보로 읽는 한국전쟁");

        // Another page in the same visit keeps the language.
        navigate("no-such-page", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("이 페이지를 찾을 수 없습니다");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
    }

    @Test
    void appearanceChoiceIsOfferedAndKeptForTheVisit() {
        navigate(HomeView.class);
        MenuBar appearance = $(MenuBar.class).withClassName("appearance-switcher").single();
        assertThat(new MenuBarTester<>(appearance).isItemChecked(0, 0)).as("follows the device by default").isTrue();

        new MenuBarTester<>(appearance).clickItem(0, 2);

        assertThat(AppearanceSwitcher.current()).isEqualTo(AppearanceSwitcher.Appearance.DARK);
        assertThat(UI.getCurrent().getPage().getColorScheme())
                .isEqualTo(com.vaadin.flow.component.page.ColorScheme.Value.DARK);
        navigate("another-missing-page", NotFoundView.class);
        assertThat(new MenuBarTester<>($(MenuBar.class).withClassName("appearance-switcher").single()).isItemChecked(0, 2)).isTrue();
    }

    @Test
    void homePageOffersAnEntryPointForEveryPartOfTheExhibit() {
        navigate(HomeView.class);
        assertThat($(Anchor.class).withClassName("feature-card").all()).extracting(Anchor::getHref)
                .containsExactly("tours", "archive", "map", "chronology", "quizzes");
    }

    @Test
    void homePageHidesAnEntryPointWhoseViewIsGone() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        Class<? extends com.vaadin.flow.component.Component> quizzes = routes.getRoute("quizzes").orElseThrow();
        routes.removeRoute("quizzes");
        try {
            navigate(HomeView.class);
            List<Anchor> cards = $(Anchor.class).withClassName("feature-card").all();
            assertThat(cards).extracting(Anchor::getHref).containsExactly("tours", "archive", "map", "chronology");
        } finally {
            routes.setRoute("quizzes", quizzes);
        }
    }

    @Test
    void unknownAddressShowsAFriendlyNotFoundPage() {
        navigate("cables/no-such-cable", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("We could not find this page");
        assertThat($(com.vaadin.flow.router.RouterLink.class).withText("Go to the home page").exists()).isTrue();
    }

    /** Stands in for a feature view that a later part of the exhibit provides. */
    static final class StandInView extends Div {
    }
}
