package org.cables.search;

/**
 * Why the archive would not look for a visitor's words (too long, too many, too complicated): a
 * translation key and its arguments, said in words a visitor understands.
 */
public final class SearchRefused extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    SearchRefused(String key, Object... arguments) {
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
