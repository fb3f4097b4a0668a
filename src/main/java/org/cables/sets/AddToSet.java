package org.cables.sets;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.cables.content.CableId;
import org.cables.navigation.SetNavigation;

/**
 * "Add to my set" on the archive's pages, for teachers only: a panel, opened in the page where
 * the teacher pressed the button, to put the document into one of their sets or into a new one,
 * with a link to open that set. (A panel, not a dialog: no overlay to load for every visitor.)
 */
public final class AddToSet extends Div {

    private final DocumentSets sets;
    private final String teacher;

    private AddToSet(DocumentSets sets, String teacher) {
        this.sets = sets;
        this.teacher = teacher;
        addClassName("add-to-set-panel");
        setVisible(false);
    }

    /** For a signed-in teacher or admin; nobody else keeps sets. */
    public static Optional<AddToSet> forSignedIn(DocumentSets sets, AuthenticationContext authentication) {
        return SetTeacher.current(authentication).map(teacher -> new AddToSet(sets, teacher));
    }

    /** A button that opens the panel for one document. */
    public Button button(CableId cable, String documentTitle) {
        Button add = new Button();
        add.setText(add.getTranslation("sets.add-to-set"));
        add.addThemeVariants(ButtonVariant.SMALL);
        add.addClassName("add-to-set");
        add.getElement().setAttribute("aria-label", add.getTranslation("sets.add-to-set-named", documentTitle));
        add.addClickListener(e -> open(cable, documentTitle));
        return add;
    }

    /** Opens the panel for a document: choose one of the teacher's sets, or name a new one. */
    public void open(CableId cable, String documentTitle) {
        removeAll();
        setVisible(true);
        H2 heading = new H2(getTranslation("sets.add-heading", documentTitle));
        heading.getElement().setAttribute("tabindex", "-1");
        List<DocumentSet> mine = sets.setsOf(teacher);
        Select<DocumentSet> set = new Select<>();
        set.setLabel(getTranslation("sets.add-which"));
        set.setItems(mine);
        set.setItemLabelGenerator(s -> s == null ? getTranslation("sets.add-new") : s.title());
        set.setEmptySelectionAllowed(true);
        set.setEmptySelectionCaption(getTranslation("sets.add-new"));
        set.addClassName("add-to-set-choice");
        if (!mine.isEmpty()) {
            set.setValue(mine.getFirst());
        }
        TextField name = new TextField(getTranslation("sets.new-title"));
        name.setMaxLength(DocumentSets.MAX_TITLE);
        name.setVisible(mine.isEmpty());
        name.addClassName("add-to-set-name");
        set.addValueChangeListener(e -> name.setVisible(e.getValue() == null));
        Paragraph outcome = new Paragraph();
        outcome.addClassName("add-to-set-outcome");
        outcome.getElement().setAttribute("role", "status");
        Button add = new Button(getTranslation("sets.add"), e -> {
            try {
                DocumentSet target = set.getValue() != null ? sets.ofTeacher(set.getValue().id(), teacher).orElseThrow(
                        () -> new SetRefused("set.refused.gone")) : sets.create(teacher, name.getValue());
                DocumentSet saved = sets.addDocument(target, cable);
                outcome.removeAll();
                outcome.setText(getTranslation("sets.added", saved.title(), saved.lesson().documents().size()) + " ");
                outcome.add(new Anchor(SetNavigation.set(saved.id()), getTranslation("sets.open")));
            } catch (SetRefused refused) {
                outcome.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClassName("add-to-set-confirm");
        Button close = new Button(getTranslation("sets.close"), e -> {
            removeAll();
            setVisible(false);
        });
        close.addClassName("add-to-set-close");
        Div buttons = new Div(add, close);
        buttons.addClassName("add-to-set-buttons");
        add(heading, set, name, buttons, outcome);
        heading.getElement().executeJs("this.focus()");
    }
}
