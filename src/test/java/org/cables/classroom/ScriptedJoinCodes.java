package org.cables.classroom;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Join codes a test chooses (to force a collision), then random ones again. */
class ScriptedJoinCodes extends JoinCodes {

    private final Deque<JoinCode> next = new ArrayDeque<>();

    void script(List<JoinCode> codes) {
        next.clear();
        next.addAll(codes);
    }

    @Override
    JoinCode next() {
        return next.isEmpty() ? super.next() : next.poll();
    }
}
