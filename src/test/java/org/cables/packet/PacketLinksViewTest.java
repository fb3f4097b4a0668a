package org.cables.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import org.cables.staff.SignedIn;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.cables.testing.ExhibitViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Where the packets are offered: on each tour's page to everyone, and with their keys on the teacher's page. */
@SpringBootTest
class PacketLinksViewTest extends ExhibitViewTest {

    @Autowired
    StaffAccounts accounts;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    static void isADownload(Anchor anchor) {
        assertThat(anchor.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(anchor.getElement().getAttribute("download")).endsWith(".pdf");
    }

    @Test
    void aToursPageOffersItsPacketInThePagesLanguage() {
        visit("tours/road-to-war");
        Anchor print = $(Anchor.class).withClassName("tour-print").single();
        assertThat(print.getText()).isEqualTo("Print this tour (PDF)");
        assertThat(print.getHref()).isEqualTo("packets/tours/road-to-war.pdf?lang=en");
        assertThat(print.getElement().getAttribute("download")).isEqualTo("cables-road-to-war-en.pdf");
        isADownload(print);

        VaadinSession.getCurrent().setLocale(Locale.KOREAN);
        visit("tours/armistice-talks");
        Anchor korean = $(Anchor.class).withClassName("tour-print").single();
        assertThat(korean.getText()).isEqualTo("이 투어 인쇄하기(PDF)");
        assertThat(korean.getHref()).isEqualTo("packets/tours/armistice-talks.pdf?lang=ko");
        isADownload(korean);
    }

    @Test
    void theTeachersPageListsEachToursPacketAndKey() {
        if (accounts.find("packet-teacher").isEmpty()) {
            accounts.create("packet-teacher", "packet-teacher", "a long enough password", StaffRole.TEACHER);
        }
        SignedIn.as("packet-teacher", StaffRole.TEACHER);
        visit("teach");
        List<Anchor> packets = $(Anchor.class).withClassName("teach-packet").all();
        List<Anchor> keys = $(Anchor.class).withClassName("teach-packet-key").all();
        assertThat(packets).extracting(Anchor::getHref).containsExactly("packets/tours/road-to-war.pdf?lang=en",
                "packets/tours/decision-to-intervene.pdf?lang=en", "packets/tours/armistice-talks.pdf?lang=en");
        assertThat(keys).extracting(Anchor::getHref).containsExactly("packets/tours/road-to-war-key.pdf?lang=en",
                "packets/tours/decision-to-intervene-key.pdf?lang=en", "packets/tours/armistice-talks-key.pdf?lang=en");
        assertThat(keys).allSatisfy(PacketLinksViewTest::isADownload).extracting(Anchor::getText).containsOnly("Teacher’s key (PDF)");
        assertThat(keys.getFirst().getElement().getAttribute("download")).isEqualTo("cables-road-to-war-en-teachers-key.pdf");
        assertThat(packets).allSatisfy(PacketLinksViewTest::isADownload);
    }
}
