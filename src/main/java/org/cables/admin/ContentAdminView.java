package org.cables.admin;

import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.Route;
import org.cables.content.ContentProblem;
import org.cables.content.Corpus;
import org.cables.content.ExhibitContent;

/**
 * For curators and IT staff: which content the exhibit is showing, and a reload after
 * editing the content folder. A reload with problems keeps the previous content on screen
 * for visitors and lists every problem here.
 */
@Route("admin/content")
@RolesAllowed("ADMIN")
final class ContentAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

    private final ExhibitContent content;
    private final H1 heading = new H1();
    private final Paragraph origin = new Paragraph();
    private final Paragraph counts = new Paragraph();
    private final Paragraph reloadHelp = new Paragraph();
    private final Button reload = new Button();
    private final Div outcome = new Div();

    ContentAdminView(ExhibitContent content, ContentReloads reloads) {
        this.content = content;
        addClassNames("admin-view", "reading");
        reload.addThemeVariants(ButtonVariant.PRIMARY);
        reload.addClickListener(e -> {
            reloads.reloadEverywhere();
            show();
        });
        outcome.addClassName("reload-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(heading, origin, counts, reloadHelp, reload, outcome);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.content.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("admin.content.heading"));
        reload.setText(getTranslation("admin.content.reload"));
        show();
    }

    private void show() {
        Corpus corpus = content.corpus();
        origin.setText(getTranslation("admin.content.origin", corpus.origin()));
        counts.setText(getTranslation("admin.content.counts", corpus.cables().size(), corpus.people().size(),
                corpus.places().size(), corpus.events().size(), corpus.tours().size()));
        reload.setEnabled(content.isReloadable());
        reloadHelp.setText(getTranslation(content.isReloadable() ? "admin.content.reload-help" : "admin.content.bundled-help"));
        outcome.removeAll();
        content.lastReload().ifPresent(last -> {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                    .format(last.at().atZone(ZoneId.systemDefault()));
            if (last.applied()) {
                outcome.add(new Paragraph(getTranslation("admin.content.reloaded", when)));
                return;
            }
            outcome.add(new H2(getTranslation("admin.content.refused", when, last.problems().size())));
            UnorderedList list = new UnorderedList();
            list.addClassName("content-problems");
            for (ContentProblem problem : last.problems()) {
                Span where = new Span(problem.file() + (problem.line() > 0 ? ":" + problem.line() : ""));
                where.addClassName("problem-location");
                list.add(new ListItem(where, new Span(" " + problem.message()
                        + (problem.hint() == null ? "" : ". " + getTranslation("admin.content.fix") + " " + problem.hint()))));
            }
            outcome.add(list);
        });
    }
}
