package org.cables.content;

import java.util.List;

/** The content has problems; the exhibit does not start on it. */
public class ContentCheckFailed extends RuntimeException {

    private final transient ContentChecker.Result result;

    public ContentCheckFailed(ContentChecker.Result result) {
        super(result.report());
        this.result = result;
    }

    public List<ContentProblem> problems() {
        return result.problems();
    }
}
