package org.cables.people;

import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.NetworkNavigation;
import org.cables.navigation.PeopleNavigation;
import org.cables.network.CorrespondenceNetwork;
import org.cables.network.CorrespondentsOverTime;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.cables.ui.RouteParameter;
import com.vaadin.flow.router.RouterLink;
import org.cables.content.Cable;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;
import org.cables.content.Person;
import org.cables.content.PersonId;

/**
 * A person: life dates, roles, every name and spelling the sources use (cover names with
 * their years), our biography, the cables they sent, received or passed on, and the people
 * they corresponded with.
 */
@Route(PeopleNavigation.PERSON)
@AnonymousAllowed
final class PersonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExhibitContent content;
    private final CorrespondenceNetwork network;
    private PersonId id;
    private String name = "";

    PersonView(ExhibitContent content, CorrespondenceNetwork network) {
        this.content = content;
        this.network = network;
        addClassNames("person-view", "reading-wide");
    }

    @Override
    public String getPageTitle() {
        return name + " · " + getTranslation("shell.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Corpus corpus = content.corpus(getLocale());
        Optional<Person> person = RouteParameter.find(event, "id", id -> corpus.person(new PersonId(id)));
        if (person.isEmpty()) {
            return;
        }
        id = person.get().id();
        name = person.get().name();
        build(person.get(), corpus);
    }

    private void build(Person p, Corpus corpus) {
        removeAll();
        Locale locale = getLocale();
        RouterLink back = new RouterLink(getTranslation("person.back"), PeopleView.class);
        back.addClassName("back-link");
        H1 heading = new H1(p.name());
        Paragraph nativeNames = new Paragraph(String.join(" · ", p.nativeNames().values()));
        nativeNames.addClassName("native-names");
        add(back, heading);
        if (!p.nativeNames().isEmpty()) {
            add(nativeNames);
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("person-facts");
        if (p.born() != null || p.died() != null) {
            term(facts, "person.life", (p.born() == null ? "?" : p.born().display(locale)) + " – "
                    + (p.died() == null ? "?" : p.died().display(locale)));
        }
        for (Person.Role role : p.roles()) {
            String period = role.from() == null && role.to() == null ? ""
                    : " (" + (role.from() == null ? "…" : role.from().display(locale)) + " – "
                    + (role.to() == null ? "…" : role.to().display(locale)) + ")";
            term(facts, "person.role", role.title() + period);
        }
        if (!p.variants().isEmpty()) {
            term(facts, "person.variants", String.join(", ", p.variants()));
        }
        for (Person.Codename codename : p.codenames()) {
            String period = codename.from() == null && codename.to() == null ? ""
                    : " (" + (codename.from() == null ? "…" : codename.from().display(locale)) + " – "
                    + (codename.to() == null ? "…" : codename.to().display(locale)) + ")";
            term(facts, "person.codename", "“" + codename.name() + "”" + period);
        }
        if (!p.misspellings().isEmpty()) {
            term(facts, "person.misspellings", String.join(", ", p.misspellings()));
        }
        add(facts, new H2(getTranslation("person.biography")), new Paragraph(p.bio()));
        if (!p.editorialNotes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            p.editorialNotes().forEach(n -> notes.add(new ListItem(n)));
            notes.addClassName("editorial-notes");
            add(new H2(getTranslation("cable.notes")), notes);
        }

        List<Cable> cables = corpus.cablesOf(p.id());
        add(new H2(getTranslation("person.cables", cables.size())));
        if (cables.isEmpty()) {
            add(new Paragraph(getTranslation("person.no-cables")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("person-cables");
            for (Cable c : cables) {
                String role = c.from().contains(p.id()) ? "person.sent" : c.to().contains(p.id()) ? "person.received" : "person.relayed";
                Span when = new Span(c.date().display(locale));
                when.addClassName("when");
                Span how = new Span(getTranslation(role));
                how.addClassName("how");
                list.add(new ListItem(when, how, new Anchor(ArchiveNavigation.cable(c.id()), c.title())));
            }
            add(list);
            add(new Paragraph(new Anchor(ArchiveNavigation.documentsOf(p.id(),
                    cables.stream().anyMatch(c -> c.from().contains(p.id()))), getTranslation("person.in-archive"))));
        }

        CorrespondentsOverTime overTime = new CorrespondentsOverTime(network.of(corpus), p);
        if (!overTime.isEmpty()) {
            add(new H2(getTranslation("person.correspondents")), overTime,
                    new Paragraph(new Anchor(NetworkNavigation.person(p.id()), getTranslation("person.in-network", p.name()))));
        }
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    PersonId personId() {
        return id;
    }

}
