package org.cables.ui;

import java.util.Locale;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The exhibit's own Korean font (Noto Sans KR in unicode-range slices, decision 38): a Korean page
 * is sent with it, and a page that turns Korean loads it once.
 */
public final class KoreanFont {

    /** The stylesheet of the font's slices, under META-INF/resources. */
    public static final String STYLESHEET = "styles/korean-font.css";

    private KoreanFont() {
    }

    /** Loads the font into a page that now shows Korean (once per page). */
    public static void loadFor(UI ui, Locale locale) {
        if (ui == null || locale == null || !"ko".equals(locale.getLanguage())) {
            return;
        }
        if (ComponentUtil.getData(ui, KoreanFont.class) == null) {
            ComponentUtil.setData(ui, KoreanFont.class, new KoreanFont());
            ui.getPage().addStyleSheet(STYLESHEET);
        }
    }
}
