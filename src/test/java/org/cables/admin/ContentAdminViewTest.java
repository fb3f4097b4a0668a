package org.cables.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cables.testing.ExhibitViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.cables.content.ExhibitContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** Curators reload an edited content folder; a broken edit is refused and explained. */
@SpringBootTest
class ContentAdminViewTest extends ExhibitViewTest {

    static final Path FOLDER;
    static final Path CABLE;

    static {
        try {
            FOLDER = Files.createTempDirectory("cables-admin-content");
            FileSystemUtils.copyRecursively(Path.of("content"), FOLDER);
            CABLE = FOLDER.resolve("cables/1952-01-31-mao-to-stalin.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) {
        registry.add("exhibit.content-dir", FOLDER::toString);
    }

    @Autowired
    ExhibitContent content;

    String original;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.cables.staff.SignedIn.nobody();
    }

    @BeforeEach
    void english() throws IOException {
        org.cables.staff.SignedIn.as("content-admin", org.cables.staff.StaffRole.ADMIN);
        original = Files.readString(CABLE);
    }

    @AfterEach
    void restore() throws IOException {
        Files.writeString(CABLE, original);
        content.reload();
    }

    @Test
    void showsTheContentInUse() {
        navigate(ContentAdminView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("The exhibit’s content");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Content in use: " + FOLDER.toAbsolutePath().normalize()))
                .anySatisfy(t -> assertThat(t).matches("\\d+ cables, \\d+ people, \\d+ places, \\d+ chronology events, \\d+ tours\\."));
    }

    @Test
    void aBrokenEditIsRefusedWithEveryProblemListed() throws IOException {
        var before = content.corpus();
        Files.writeString(CABLE, original.replace("type: ciphered-telegram", "type: cipher"));
        navigate(ContentAdminView.class);

        test($(Button.class).withText("Reload content").single()).click();

        assertThat(content.corpus()).isSameAs(before);
        assertThat($(ListItem.class).all()).extracting(li -> li.getElement().getTextRecursively())
                .singleElement().asString()
                .startsWith("cables/1952-01-31-mao-to-stalin.md:4 'type' has an unknown value 'cipher'. Fix: use one of:");
    }

    @Test
    void aGoodEditGoesLive() throws IOException {
        // The document's page as visitors saw it before the edit: drawn once and kept with the content (decision 62).
        visit("cables/1952-01-31-mao-to-stalin");
        assertThat(viewText()).contains("Ciphered telegram");
        Files.writeString(CABLE, original.replace("type: ciphered-telegram", "type: telegram"));
        navigate(ContentAdminView.class);

        test($(Button.class).withText("Reload content").single()).click();

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Reloaded at ").endsWith("the new content is live."));
        assertThat(content.corpus().cable(new org.cables.content.CableId("1952-01-31-mao-to-stalin")).orElseThrow().type())
                .isEqualTo(org.cables.content.Cable.DocumentType.TELEGRAM);
        // and as visitors see it now: drawn again from the new content, not the page kept from before
        visit("cables/1952-01-31-mao-to-stalin");
        assertThat(viewText()).contains("Telegram").doesNotContain("Ciphered telegram");
    }
}
