package org.cables.classroom;

import org.cables.navigation.ClassroomNavigation;
import org.cables.navigation.PacketNavigation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.cables.ui.ConfirmDestructive;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.cables.content.ExhibitContent;
import org.cables.content.Tour;

/** A teacher's classes: start a class on a tour, return to one, delete one with its students' data. */
@Route(ClassroomNavigation.TEACH)
@RolesAllowed({"TEACHER", "ADMIN"})
@Menu(title = "nav.teach", order = 20, icon = "vaadin:presentation")
final class TeachView extends Div implements HasDynamicTitle {

    private final Classrooms classrooms;
    private final String teacher;
    private final UnorderedList classes = new UnorderedList();
    private final Paragraph none = new Paragraph();

    private final java.time.Clock clock;

    TeachView(Classrooms classrooms, ExhibitContent content, ClassroomProperties properties, AuthenticationContext authentication,
              java.time.Clock clock) {
        this.classrooms = classrooms;
        this.clock = clock;
        this.teacher = Teacher.current(authentication);
        addClassNames("teach-view", "reading-wide");

        Select<Tour> tour = new Select<>();
        tour.setLabel(getTranslation("teach.tour"));
        tour.setItems(content.corpus(getLocale()).tours());
        tour.setItemLabelGenerator(Tour::title);
        tour.setValue(content.corpus(getLocale()).tours().getFirst());
        tour.addClassName("teach-tour");
        TextField title = new TextField(getTranslation("teach.class-name"));
        title.setHelperText(getTranslation("teach.class-name-help"));
        title.setMaxLength(100);
        title.addClassName("teach-class-name");
        Button start = new Button(getTranslation("teach.start"), e -> {
            ClassSession session = classrooms.open(teacher, tour.getValue().id(), title.getValue(), getLocale());
            getUI().ifPresent(ui -> ui.navigate(ClassroomNavigation.console(session.id())));
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClassName("teach-start");
        Div form = new Div(tour, title, start);
        form.addClassName("teach-form");

        Div assignForm = assignForm(content);

        classes.addClassName("teach-classes");
        none.setText(getTranslation("teach.none"));
        add(new H1(getTranslation("teach.heading")), new Paragraph(getTranslation("teach.lead")),
                new H2(getTranslation("teach.new")), form,
                new H2(getTranslation("teach.assign")), new Paragraph(getTranslation("teach.assign-lead")), assignForm,
                new H2(getTranslation("teach.yours")), none, classes,
                new Paragraph(getTranslation("teach.retention", properties.retention().toDays())),
                new H2(getTranslation("packet.teach.heading")), new Paragraph(getTranslation("packet.teach.lead")),
                packets(content));
        refresh();
    }

    /** For each tour, in the page's language: the students' packet to print, and the teacher's key to it. */
    private UnorderedList packets(ExhibitContent content) {
        UnorderedList list = new UnorderedList();
        list.addClassName("teach-packets");
        for (Tour tour : content.corpus(getLocale()).tours()) {
            Anchor students = download(PacketNavigation.tour(tour.id(), getLocale()), getTranslation("packet.teach.students"),
                    PacketNavigation.fileName(tour.id(), getLocale(), false));
            students.addClassName("teach-packet");
            Anchor key = download(PacketNavigation.key(tour.id(), getLocale()), getTranslation("packet.teach.key"),
                    PacketNavigation.fileName(tour.id(), getLocale(), true));
            key.addClassName("teach-packet-key");
            ListItem item = new ListItem(new Span(tour.title()), new Span(" · "), students, new Span(" · "), key);
            item.addClassName("teach-packet-tour");
            list.add(item);
        }
        return list;
    }

    private static Anchor download(String address, String text, String fileName) {
        Anchor anchor = new Anchor(address, text);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    private void refresh() {
        classes.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        var mine = classrooms.classesOf(teacher);
        none.setVisible(mine.isEmpty());
        for (ClassSession session : mine) {
            Anchor open = new Anchor(ClassroomNavigation.teacherPage(session.id(), session.assignment()), session.title());
            open.addClassName("teach-class-link");
            String tourTitle = classrooms.tour(session, getLocale()).map(Tour::title).orElse(session.tour().value());
            Span facts = session.assignment()
                    ? new Span(getTranslation(session.open() ? "teach.assignment-open" : "teach.assignment-ended",
                            when.format(session.dueAt().atZone(clock.getZone())), tourTitle,
                            classrooms.studentCount(session), session.code().spaced()))
                    : new Span(getTranslation(session.open() ? "teach.class-open" : "teach.class-ended",
                            when.format(session.createdAt().atZone(clock.getZone())), tourTitle,
                            classrooms.studentCount(session), session.code().spaced()));
            facts.addClassName("teach-class-facts");
            Button delete = new Button(getTranslation("teach.delete"), e -> confirmDelete(session));
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            delete.addClassName("teach-delete");
            delete.getElement().setAttribute("aria-label", getTranslation("teach.delete-named", session.title()));
            ListItem item = new ListItem(new H3(open), facts, delete);
            item.addClassName("teach-class");
            classes.add(item);
        }
    }

    /** A tour set as an assignment: students work through it at their own pace between two dates. */
    private Div assignForm(ExhibitContent content) {
        Select<Tour> tour = new Select<>();
        tour.setLabel(getTranslation("teach.tour"));
        tour.setItems(content.corpus(getLocale()).tours());
        tour.setItemLabelGenerator(Tour::title);
        tour.setValue(content.corpus(getLocale()).tours().getFirst());
        tour.addClassName("assign-tour");
        TextField title = new TextField(getTranslation("teach.class-name"));
        title.setMaxLength(100);
        title.addClassName("assign-name");
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock).withSecond(0).withNano(0);
        org.cables.classroom.DateAndTime opens = new org.cables.classroom.DateAndTime(getTranslation("teach.opens"), getTranslation("teach.opens-time"), now);
        opens.addClassName("assign-opens");
        org.cables.classroom.DateAndTime due = new org.cables.classroom.DateAndTime(getTranslation("teach.due"), getTranslation("teach.due-time"),
                now.toLocalDate().plusDays(7).atTime(17, 0));
        due.addClassName("assign-due");
        due.setHelperText(getTranslation("teach.due-help", clock.getZone().getId()));
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        Button assign = new Button(getTranslation("teach.assign-button"), e -> {
            try {
                ClassSession session = classrooms.assign(teacher, tour.getValue().id(), title.getValue(),
                        opens.getValue() == null ? null : opens.getValue().atZone(clock.getZone()).toInstant(),
                        due.getValue() == null ? null : due.getValue().atZone(clock.getZone()).toInstant(), getLocale());
                getUI().ifPresent(ui -> ui.navigate(ClassroomNavigation.assignment(session.id())));
            } catch (AssignmentRefused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.addClassName("assign-start");
        Div form = new Div(tour, title, opens, due, assign);
        form.addClassName("teach-form");
        return new Div(form, problem);
    }

    private void confirmDelete(ClassSession session) {
        ConfirmDestructive.ask(getTranslation("teach.delete-heading", session.title()), getTranslation("teach.delete-text"),
                getTranslation("teach.delete"), getTranslation("staff.cancel"), () -> {
                    classrooms.ofTeacher(session.id(), teacher).ifPresent(classrooms::delete);
                    refresh();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teach.heading") + " · " + getTranslation("shell.title");
    }
}
