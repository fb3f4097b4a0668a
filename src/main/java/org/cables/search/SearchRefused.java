package org.cables.search;

import org.cables.i18n.Refusal;

/** Why the archive would not look for a visitor's words (too long, too many, too complicated). */
public final class SearchRefused extends Refusal {

    SearchRefused(String key, Object... arguments) {
        super(key, arguments);
    }
}
