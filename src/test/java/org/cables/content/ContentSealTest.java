package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** The content check at build time, and what the start does with its seal (issue 22). */
class ContentSealTest {

    @TempDir
    Path folder;

    @Test
    void sealedContentIsReadWithoutTheRulesIntoTheSameCorpus() {
        ContentFiles files = ContentFiles.fromDirectory(Path.of("content"));
        ContentChecker.Result checked = ContentChecker.check(files);
        ContentChecker.Result sealed = ContentChecker.checkSealed(files, Optional.of(files.fingerprint()));
        assertThat(sealed.ok()).isTrue();
        Corpus a = checked.corpus().orElseThrow();
        Corpus b = sealed.corpus().orElseThrow();
        assertThat(b.cables()).isEqualTo(a.cables());
        assertThat(b.events()).isEqualTo(a.events());
        assertThat(b.people()).isEqualTo(a.people());
        assertThat(b.tours()).isEqualTo(a.tours());
        assertThat(sealed.korean().orElseThrow().cables()).isEqualTo(checked.korean().orElseThrow().cables());
    }

    @Test
    void changedContentIsCheckedInFullWhateverTheSeal() throws IOException {
        ContentFiles original = ContentFiles.fromDirectory(Path.of("content"));
        Path copy = folder.resolve("content");
        FileSystemUtils.copyRecursively(Path.of("content"), copy);
        Path chronology = copy.resolve("chronology.yaml");
        Files.writeString(chronology, Files.readString(chronology).replaceFirst("cables: \\[\\]", "cables: [no-such-cable]"));
        ContentFiles changed = ContentFiles.fromDirectory(copy);

        assertThat(changed.fingerprint()).isNotEqualTo(original.fingerprint());
        ContentChecker.Result result = ContentChecker.checkSealed(changed, Optional.of(original.fingerprint()));
        assertThat(result.ok()).isFalse();
        assertThat(result.report()).contains("chronology.yaml").contains("no-such-cable");
        assertThat(ContentChecker.checkSealed(changed, Optional.empty()).ok()).as("no seal: checked in full").isFalse();
        // What the seal saves: with the changed files' own fingerprint the rules are not applied.
        assertThat(ContentChecker.checkSealed(changed, Optional.of(changed.fingerprint())).ok()).isTrue();
    }

    @Test
    void theBuildSealsValidContentAndRefusesContentWithProblems() throws IOException {
        Path classes = folder.resolve("classes");
        FileSystemUtils.copyRecursively(Path.of("content"), classes.resolve("content"));
        ContentSeal.main(new String[] {classes.toString()});
        assertThat(Files.readString(classes.resolve(ContentSeal.RESOURCE)).strip())
                .isEqualTo(ContentFiles.fromDirectory(classes.resolve("content")).fingerprint());

        Path chronology = classes.resolve("content/chronology.yaml");
        Files.writeString(chronology, Files.readString(chronology).replaceFirst("cables: \\[\\]", "cables: [no-such-cable]"));
        Files.delete(classes.resolve(ContentSeal.RESOURCE));
        assertThatThrownBy(() -> ContentSeal.main(new String[] {classes.toString()}))
                .hasMessageContaining("no-such-cable");
        assertThat(classes.resolve(ContentSeal.RESOURCE)).doesNotExist();
    }

    @Test
    void theSameFilesHaveTheSameFingerprintFromAFolderAndFromTheClassPath() {
        assertThat(ContentFiles.bundled().fingerprint()).isEqualTo(ContentFiles.fromDirectory(Path.of("content")).fingerprint());
    }
}
