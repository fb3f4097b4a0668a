package org.cables.visitor;

/**
 * A visitor's traces are to be wiped (a kiosk starting afresh for the next visitor): every
 * feature that keeps something per visitor listens for this and deletes it.
 */
public record VisitorForgotten(VisitorId visitor) {
}
