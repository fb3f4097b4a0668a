package org.cables.sets;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.cables.classroom.Lesson;
import org.cables.content.ExhibitContent;
import org.cables.content.Tour;
import org.cables.navigation.ArchiveNavigation;
import org.cables.navigation.SetNavigation;
import org.cables.staff.SignedIn;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The document-set pages without a browser: add from a document's page, highlight, ask, preview; visitors see no button. */
@SpringBootTest
@SuppressWarnings("removal")
class SetsViewTest extends ExhibitViewTest {

    @Autowired
    DocumentSets sets;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ExhibitContent content;

    @BeforeEach
    void teacher() {
        if (accounts.find("set-view-teacher").isEmpty()) {
            accounts.create("set-view-teacher", "Ms Ahn", "a long enough password", StaffRole.TEACHER);
        }
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    Tour.CitedCable withWords() {
        return content.corpus().tours().getFirst().stops().stream().flatMap(s -> s.cables().stream())
                .filter(c -> c.highlight() != null).findFirst().orElseThrow();
    }

    @Test
    void aVisitorSeesNoAddToSetButtonATeacherAddsFromTheDocumentPage() {
        Tour.CitedCable cited = withWords();
        visit(ArchiveNavigation.cable(cited.cable()));
        assertThat($(Button.class).withClassName("add-to-set").all()).as("visitors keep no sets").isEmpty();

        String newcomer = "set-view-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.create(newcomer, "Ms New", "a long enough password", StaffRole.TEACHER);
        SignedIn.as(newcomer, StaffRole.TEACHER);
        visit(SetNavigation.sets());
        visit(ArchiveNavigation.cable(cited.cable()));
        test($(Button.class).withClassName("add-to-set").single()).click();
        AddToSet panel = $(AddToSet.class).single();
        test($(TextField.class, panel).withClassName("add-to-set-name").single()).setValue("From the page");
        test($(Button.class, panel).withClassName("add-to-set-confirm").single()).click();
        assertThat($(Paragraph.class, panel).withClassName("add-to-set-outcome").single().getText()).contains("From the page");
        DocumentSet set = sets.setsOf(newcomer).stream().filter(s -> s.title().equals("From the page")).findFirst().orElseThrow();
        assertThat(set.lesson().documents()).extracting(Lesson.Document::cable).containsExactly(cited.cable());
    }

    @Test
    void aTeacherHighlightsAsksAndPreviews() {
        Tour.CitedCable cited = withWords();
        DocumentSet set = sets.addDocument(sets.create("set-view-teacher", "Editor"), cited.cable());
        SignedIn.as("set-view-teacher", StaffRole.TEACHER);
        visit(SetNavigation.set(set.id()));
        test($(TextArea.class).withClassName("set-highlight").single()).setValue("Not the document's words at all");
        test($(Button.class).withClassName("set-save").single()).click();
        assertThat($(Paragraph.class).withClassName("staff-outcome").single().getText()).contains("is not in the document’s words");
        test($(TextArea.class).withClassName("set-highlight").single()).setValue(cited.highlight());
        test($(TextArea.class).withClassName("set-note").single()).setValue("<b>Read</b> the ending.");
        test($(Button.class).withClassName("set-save").single()).click();
        assertThat(sets.ofTeacher(set.id(), "set-view-teacher").orElseThrow().lesson().documents().getFirst().highlight())
                .isEqualTo(cited.highlight().replaceAll("\\s+", " ").strip());

        test($(TextArea.class).withClassName("set-question-prompt").single()).setValue("Which is true?");
        test($(TextArea.class).withClassName("set-question-choices").single()).setValue("* The right one\nA wrong one");
        test($(TextArea.class).withClassName("set-question-explanation").single()).setValue("Because the document says so.");
        test($(Button.class).withClassName("set-add-question").single()).click();
        assertThat(sets.ofTeacher(set.id(), "set-view-teacher").orElseThrow().lesson().questions()).singleElement()
                .satisfies(q -> assertThat(q.choices()).extracting(c -> c.text() + c.correct()).containsExactly("The right onetrue", "A wrong onefalse"));

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> kind = (com.vaadin.flow.component.select.Select<String>)
                $(com.vaadin.flow.component.select.Select.class).withClassName("set-question-kind").single();
        kind.setValue("map-place");
        test($(TextArea.class).withClassName("set-question-prompt").single()).setValue("Where did the landing of 15 September 1950 come?");
        test($(TextArea.class).withClassName("set-question-places").single()).setValue("Pusan\nAtlantis\n* Inchon");
        test($(TextArea.class).withClassName("set-question-explanation").single()).setValue("The landing came at Inchon.");
        test($(Button.class).withClassName("set-add-question").single()).click();
        assertThat($(Paragraph.class).withClassName("set-question-problem").single().getText()).contains("Atlantis");
        test($(TextArea.class).withClassName("set-question-places").single()).setValue("Pusan\nPyongyang\n* inchon");
        test($(Button.class).withClassName("set-add-question").single()).click();
        assertThat(sets.ofTeacher(set.id(), "set-view-teacher").orElseThrow().lesson().questions()).hasSize(2).last()
                .satisfies(q -> {
                    assertThat(q.kind()).isEqualTo("map-place");
                    assertThat(q.choices()).extracting(c -> c.text() + c.correct()).containsExactly("Pusanfalse", "Pyongyangfalse", "Inchontrue");
                    assertThat(q.date()).isNotNull();
                });

        visit(SetNavigation.preview(set.id()));
        assertThat(getCurrentView()).isInstanceOf(SetPreviewView.class);
        assertThat(viewText()).contains("Which is true?");
        String note = org.jsoup.Jsoup.parseBodyFragment(getCurrentView().getElement().getOuterHTML()).select(".stop-narrative").html();
        assertThat(note).as("the teacher's note is shown as written, not as markup").contains("&lt;b&gt;Read&lt;/b&gt; the ending.")
                .doesNotContain("<b>");

        if (accounts.find("set-view-other").isEmpty()) {
            accounts.create("set-view-other", "Mr Noh", "a long enough password", StaffRole.TEACHER);
        }
        SignedIn.as("set-view-other", StaffRole.TEACHER);
        visit(SetNavigation.sets());
        visit(SetNavigation.set(set.id()));
        assertThat(getCurrentView()).as("another teacher's set does not exist for them").isNotInstanceOf(SetEditorView.class);
    }
}
