package org.cables.classroom;

import org.cables.i18n.Refusal;

/** Why an assignment, a writing task, a piece of writing or a score was not taken, in words its author understands. */
public final class AssignmentRefused extends Refusal {

    AssignmentRefused(String key, Object... arguments) {
        super(key, arguments);
    }
}
