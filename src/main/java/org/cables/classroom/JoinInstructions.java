package org.cables.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.cables.navigation.ClassroomNavigation;
import org.cables.system.ExhibitProperties;
import org.cables.system.PublicAddress;
import org.cables.ui.QrImage;

/**
 * How students join a class, on its teacher's page: the join page's address, the code in large
 * type (read out letter by letter to a screen reader), and a QR code of the address with the code.
 * A live class's console and an assignment's page show the same.
 */
final class JoinInstructions {

    private JoinInstructions() {
    }

    /** The join page's address as students type it: the exhibit's public address when one is set. */
    static String address(ExhibitProperties properties) {
        return PublicAddress.base(properties, true).map(base -> base + "/").orElse("") + ClassroomNavigation.join();
    }

    /** The address and the code, under whatever the page puts first. */
    static Div text(ClassSession session, String joinAddress, Component... before) {
        Div text = new Div(before);
        Paragraph code = new Paragraph(session.code().spaced());
        code.addClassName("console-code");
        code.getElement().setAttribute("aria-label", text.getTranslation("console.code-label",
                String.join(" ", session.code().value().split(""))));
        Span address = new Span(joinAddress);
        address.addClassName("console-join-address");
        text.add(new Paragraph(text.getTranslation("console.join-at")), address, new Paragraph(text.getTranslation("console.with-code")), code);
        text.addClassName("console-join-text");
        return text;
    }

    /** The QR code of the join page with the class's code filled in. */
    static Component qr(ClassSession session, String joinAddress) {
        String withCode = joinAddress + "?code=" + session.code().value();
        Div label = new Div();
        return QrImage.of(withCode, label.getTranslation("console.qr-label", withCode));
    }
}
