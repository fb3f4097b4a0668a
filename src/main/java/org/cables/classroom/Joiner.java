package org.cables.classroom;

/**
 * Where a try at a join code comes from: the network address (a school's students often share
 * one) and the browser (an opaque key of its session), each of which has its own count of wrong
 * codes.
 */
public record Joiner(String address, String browser) {

    public Joiner {
        address = address == null ? "" : address;
        browser = browser == null ? "" : browser;
    }
}
