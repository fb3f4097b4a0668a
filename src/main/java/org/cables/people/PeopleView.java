package org.cables.people;

import org.cables.navigation.PeopleNavigation;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Person;
import org.cables.content.PersonId;

/** Everyone in the documents, the writers and readers of the most cables first. */
@Route(PeopleNavigation.PEOPLE)
@Menu(title = "nav.people", order = 4, icon = "vaadin:users")
@AnonymousAllowed
final class PeopleView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final ExhibitContent content;

    PeopleView(ExhibitContent content) {
        this.content = content;
        addClassNames("people-view", "reading-wide");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Corpus corpus = content.corpus(getLocale());
        add(new H1(getTranslation("people.heading")), new Paragraph(getTranslation("people.intro")));
        // Each person's documents counted once, not at every comparison of the sort.
        Map<PersonId, Integer> counts = new HashMap<>();
        corpus.people().forEach(p -> counts.put(p.id(), corpus.cablesOf(p.id()).size()));
        for (Person.Kind kind : Person.Kind.values()) {
            List<Person> people = corpus.people().stream().filter(p -> p.kind() == kind)
                    .sorted(Comparator.comparingInt((Person p) -> -counts.get(p.id())).thenComparing(Person::name))
                    .toList();
            add(new H2(getTranslation("people.kind." + kind.name().toLowerCase())));
            UnorderedList list = new UnorderedList();
            list.addClassName("people-list");
            for (Person p : people) {
                Anchor name = new Anchor(PeopleNavigation.person(p.id()), p.name());
                name.addClassName("person-name");
                int cables = counts.get(p.id());
                Span count = new Span(cables == 0 ? "" : getTranslation(cables == 1 ? "people.cables.one" : "people.cables", cables));
                count.addClassName("person-count");
                Span role = new Span(p.roles().isEmpty() ? "" : p.roles().getFirst().title());
                role.addClassName("person-role");
                list.add(new ListItem(name, count, role));
            }
            add(list);
        }
    }
}
