package org.cables.sets;

import org.cables.i18n.Refusal;

/** Why a change to a document set was not taken, in words a teacher understands. */
public final class SetRefused extends Refusal {

    SetRefused(String key, Object... arguments) {
        super(key, arguments);
    }
}
