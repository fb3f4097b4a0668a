package org.cables.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused start caused by invalid content, problem by problem. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentCheckFailed> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentCheckFailed cause) {
        return new FailureAnalysis(
                "The exhibit did not start because its content has problems.\n\n" + cause.getMessage(),
                "Fix every problem listed above (file:line), then start again. To check a content folder without "
                        + "starting the exhibit: java -jar cables.jar check-content <folder>",
                cause);
    }
}
