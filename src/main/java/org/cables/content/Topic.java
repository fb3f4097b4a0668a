package org.cables.content;

/** A subject cables are tagged with. */
public record Topic(TopicId id, String name, String description) {
}
