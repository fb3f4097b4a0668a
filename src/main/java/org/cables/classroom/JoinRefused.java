package org.cables.classroom;

/** Why a student could not join: a translation key and its arguments, said in words a student understands. */
public final class JoinRefused extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    JoinRefused(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
