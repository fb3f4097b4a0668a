package org.cables.i18n;

/**
 * Why the exhibit would not do what a visitor asked, as a translation key and its arguments, so
 * that the page says it in the visitor's language. Each feature has its own kind of refusal.
 */
public abstract class Refusal extends RuntimeException {

    private final String key;
    private final transient Object[] arguments;

    protected Refusal(String key, Object... arguments) {
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
