package org.cables.people;

import static org.assertj.core.api.Assertions.assertThat;


import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class PersonViewTest extends ExhibitViewTest {


    @Test
    void aPersonsPageHasLifeRolesNamesBiographyCablesAndCorrespondents() {
        navigate("people/stalin", PersonView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat($(H1.class).single().getText()).isEqualTo("Joseph Stalin");
        assertThat(page).contains("18 December 1878").contains("5 March 1953")
                .contains("“Filippov”").contains("“Feng Xi”").contains("Biography (our words)").contains("Corresponded with");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .anySatisfy(h -> assertThat(h).startsWith("cables/"))
                .contains("network?open=stalin");
        assertThat($(org.cables.network.CorrespondentsOverTime.class).single().getElement().getChild(0).getProperty("innerHTML"))
                .contains("href=\"people/mao-zedong\"");
    }

    @Test
    void spellingsAndMisprintsAreListed() {
        navigate("people/shtykov", PersonView.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Shtikov").contains("Misprinted in the sources as").contains("Shtytkov");
    }

    @Test
    void thePeopleListLinksEveryone() {
        navigate(PeopleView.class);
        assertThat($(Anchor.class).withClassName("person-name").all()).hasSizeGreaterThanOrEqualTo(35)
                .extracting(Anchor::getHref).contains("people/kim-il-sung", "people/kim-il", "people/politburo-cpsu");
    }
}
