package org.cables.classroom;

import org.cables.i18n.Refusal;

/** Why a student could not join, said in words a student understands. */
public final class JoinRefused extends Refusal {

    JoinRefused(String key, Object... arguments) {
        super(key, arguments);
    }
}
