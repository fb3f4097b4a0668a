package org.cables.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
        MainLayout.SiteFooter footer = $(MainLayout.SiteFooter.class).single();
        assertThat(footer.offersStaffSignIn()).isTrue();
        assertThat(footer.getElement().getProperty("innerHTML")).contains("<a class=\"footer-staff\" href=\"login\">Staff sign-in (teachers)</a>");
    }

    @Test
    void signedInStaffAreNotOfferedToSignInAgain() {
        org.cables.staff.SignedIn.as("footer-teacher", org.cables.staff.StaffRole.TEACHER);
        try {
            // (The test's first page was built before the sign-in; the layout decides on each page.)
            navigate("tours", com.vaadin.flow.component.Component.class);
            MainLayout.SiteFooter footer = $(MainLayout.SiteFooter.class).single();
            assertThat(footer.offersStaffSignIn()).isFalse();
            assertThat(footer.getElement().getProperty("innerHTML")).doesNotContain("footer-staff").contains("footer-sources");
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

        click($(LanguageSwitcher.class).single(), LanguageSwitcher.CHOICE, "ko");
        assertThat($(SideNavigation.class).single().items()).extracting(SideNavigation.Item::label).contains("홈");
        assertThat($(SideNavigation.class).single().getElement().getProperty("innerHTML")).contains(">홈</vaadin-side-nav-item>");
    }

    @Test
    void languageChoiceTranslatesTheShellAndHoldsForTheVisit() {
        navigate(HomeView.class);
        assertThat($(LanguageSwitcher.class).single().getElement().getProperty("innerHTML"))
                .contains("class=\"language-ko\" aria-pressed=\"false\"");

        click($(LanguageSwitcher.class).single(), LanguageSwitcher.CHOICE, "ko");

        assertThat($(H1.class).single().getText()).isEqualTo("비밀 전보로 읽는 한국전쟁");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
        assertThat($(LanguageSwitcher.class).single().getElement().getProperty("innerHTML"))
                .contains("class=\"language-ko active\" aria-pressed=\"true\"");
        assertThat($(org.cables.ui.TrustedHtml.class).withClassName("exhibit-brand").single().html())
                .contains("<a class=\"exhibit-title\" href=\"\" router-link=\"\">Cables</a>")
                .contains("<span class=\"exhibit-subtitle\">비밀 전보로 읽는 한국전쟁</span>");

        // Another page in the same visit keeps the language.
        navigate("no-such-page", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("이 페이지를 찾을 수 없습니다");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
    }

    @Test
    void appearanceChoiceIsOfferedAndKeptForTheVisit() {
        navigate(HomeView.class);
        AppearanceSwitcher appearance = $(AppearanceSwitcher.class).single();
        assertThat(appearance.getElement().getProperty("innerHTML")).as("follows the device by default")
                .contains("data-appearance=\"DEVICE\" aria-pressed=\"true\"")
                .contains("data-appearance=\"DARK\" aria-pressed=\"false\"")
                .contains("aria-label=\"Appearance: As on this device\"");

        chooseAppearance(appearance, "DARK");

        assertThat(AppearanceSwitcher.current()).isEqualTo(AppearanceSwitcher.Appearance.DARK);
        assertThat(UI.getCurrent().getPage().getColorScheme())
                .isEqualTo(com.vaadin.flow.component.page.ColorScheme.Value.DARK);
        navigate("another-missing-page", NotFoundView.class);
        assertThat($(AppearanceSwitcher.class).single().getElement().getProperty("innerHTML"))
                .contains("data-appearance=\"DARK\" aria-pressed=\"true\"")
                .contains("<span class=\"appearance-label\">Dark</span>");
    }

    @Test
    void anAppearanceTheExhibitDoesNotKnowChangesNothing() {
        navigate(HomeView.class);
        AppearanceSwitcher appearance = $(AppearanceSwitcher.class).single();

        chooseAppearance(appearance, "SEPIA\"><script>");
        chooseAppearance(appearance, null);

        assertThat(AppearanceSwitcher.current()).isEqualTo(AppearanceSwitcher.Appearance.DEVICE);
    }

    @Test
    void theLanguageButtonsAreOneBlockThatSwitchesTheLanguage() {
        navigate(HomeView.class);
        LanguageSwitcher languages = $(LanguageSwitcher.class).single();
        assertThat(languages.getElement().getProperty("innerHTML"))
                .contains("<button type=\"button\" lang=\"en\" data-language=\"en\" class=\"language-en active\" aria-pressed=\"true\">English</button>")
                .contains("lang=\"ko\" data-language=\"ko\" class=\"language-ko\" aria-pressed=\"false\">한국어</button>");

        click(languages, LanguageSwitcher.CHOICE, "xx");
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("an unknown language changes nothing").isEqualTo("en");

        click(languages, LanguageSwitcher.CHOICE, "ko");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ko");
        assertThat($(LanguageSwitcher.class).single().getElement().getProperty("innerHTML"))
                .contains("class=\"language-ko active\" aria-pressed=\"true\"");
        click($(LanguageSwitcher.class).single(), LanguageSwitcher.CHOICE, "en");
    }

    private static void chooseAppearance(AppearanceSwitcher appearance, String name) {
        click(appearance, AppearanceSwitcher.CHOICE, name);
    }

    private static void click(com.vaadin.flow.component.Component block, String choice, String value) {
        pressChoice(block.getElement(), choice, value);
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
