package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.cables.system.ExhibitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExhibitContentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void refusesToStartOnInvalidContent() {
        ContentFixture.valid(folder).replace(ContentCheckerTest.REPLY, "type: telegram", "type: telegramme");
        assertThatThrownBy(() -> new ExhibitContent(new ExhibitProperties(null, folder, null, null), CLOCK))
                .isInstanceOf(ContentCheckFailed.class)
                .hasMessageContaining(ContentCheckerTest.REPLY + ":4: 'type' has an unknown value 'telegramme'");
    }

    @Test
    void aReloadWithProblemsKeepsTheLastGoodContent() {
        ContentFixture fixture = ContentFixture.valid(folder);
        ExhibitContent content = new ExhibitContent(new ExhibitProperties(null, folder, null, null), CLOCK);
        Corpus before = content.corpus();
        List<Corpus> announced = new ArrayList<>();
        content.onReload(announced::add);

        fixture.replace(ContentCheckerTest.REPLY, "type: telegram", "type: telegramme");
        ExhibitContent.Reload refused = content.reload();

        assertThat(refused.applied()).isFalse();
        assertThat(refused.at()).isEqualTo(CLOCK.instant());
        assertThat(refused.problems()).extracting(ContentProblem::format)
                .containsExactly(ContentCheckerTest.REPLY + ":4: 'type' has an unknown value 'telegramme'. Fix: use one of: "
                        + "ciphered-telegram, telegram, letter, conversation-record, minutes, resolution, directive, speech, "
                        + "memorandum, report, agreement, statement, article, list");
        assertThat(content.corpus()).isSameAs(before);
        assertThat(announced).isEmpty();

        fixture.replace(ContentCheckerTest.REPLY, "type: telegramme", "type: letter");
        ExhibitContent.Reload applied = content.reload();

        assertThat(applied.applied()).isTrue();
        assertThat(content.corpus()).isNotSameAs(before);
        assertThat(content.corpus().cable(new CableId("1950-05-15-mao-to-stalin")).orElseThrow().type())
                .isEqualTo(Cable.DocumentType.LETTER);
        assertThat(announced).containsExactly(content.corpus());
        assertThat(content.lastReload()).contains(applied);
    }

    @Test
    void aVanishedFolderIsAProblemNotACrash() throws Exception {
        ContentFixture.valid(folder);
        ExhibitContent content = new ExhibitContent(new ExhibitProperties(null, folder, null, null), CLOCK);
        Corpus before = content.corpus();
        org.springframework.util.FileSystemUtils.deleteRecursively(folder);

        ExhibitContent.Reload reload = content.reload();

        assertThat(reload.applied()).isFalse();
        assertThat(reload.problems()).singleElement().extracting(ContentProblem::message).asString()
                .startsWith("The content folder could not be read");
        assertThat(content.corpus()).isSameAs(before);
    }
}
