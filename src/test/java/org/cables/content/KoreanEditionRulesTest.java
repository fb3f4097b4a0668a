package org.cables.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.cables.system.ExhibitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Korean edition (decision 38): the fixture's content with a complete {@code ko/} folder and
 * glossary, broken in one place per test, with the message a curator reads.
 */
class KoreanEditionRulesTest {

    static final String CABLE = "cables/1950-05-14-stalin-to-mao.md";
    static final String REPLY = "cables/1950-05-15-mao-to-stalin.md";
    static final String STOP = "tours/road-to-war/01-the-green-light.md";
    static final String QUIZ = "quizzes/road-to-war.yaml";
    static final CableId CABLE_ID = new CableId("1950-05-14-stalin-to-mao");

    /** The passage the tour stop highlights and the source question quotes, and our Korean of it. */
    static final String PASSAGE = "decided finally by the Chinese and Korean comrades together";
    static final String KO_PASSAGE = "중국 동지들과 조선 동지들이 함께 최종적으로 결정해야";

    // ---- The English side: a quiz with every kind of visitor-facing text -------------------------

    /** A quiz (the fixture has none) with choices, an excerpt, a statement, items and pairs. */
    static final String EN_QUIZ = """
            id: road-to-war
            title: The road to war
            intro: A few questions.
            questions:
              - id: who
                type: single
                prompt: Who agreed?
                cable: 1950-05-14-stalin-to-mao
                choices:
                  - { id: stalin, text: Stalin, correct: true }
                  - { id: mao, text: Mao }
                explanation: The telegram says so.
              - id: read
                type: source
                skill: sourcing
                prompt: Who wrote this?
                cable: 1950-05-14-stalin-to-mao
                excerpt: decided finally by the Chinese and Korean comrades together
                choices:
                  - { id: stalin, text: Stalin, correct: true }
                  - { id: mao, text: Mao }
                explanation: It is Stalin's telegram.
              - id: agreed
                type: true-false
                prompt: True or false?
                cable: 1950-05-14-stalin-to-mao
                statement: Stalin left the decision to Mao alone.
                answer: false
                explanation: He left it to the Chinese and Korean comrades together.
              - id: order
                type: order
                prompt: Put these in order.
                cable: 1950-05-15-mao-to-stalin
                items:
                  - { id: arrives, text: Kim comes to Beijing }
                  - { id: agrees, text: Stalin agrees }
                  - { id: answers, text: Mao answers }
                explanation: The telegrams give the order.
              - id: who-wrote
                type: match
                prompt: Who wrote which telegram?
                cable: 1950-05-15-mao-to-stalin
                pairs:
                  - { id: first, left: The first telegram, right: Stalin }
                  - { id: second, left: The second telegram, right: Mao }
                  - { id: third, left: The reply, right: Mao again }
                explanation: Each telegram names its sender.
            """;

    // ---- The Korean side: one counterpart for every English file, at the same path under ko/ -------

    static final String GLOSSARY = """
            terms:
              - en: 38th parallel
                ko: 38선
                avoid:
                  - 38도 선
            people:
              - id: stalin
                ko: 이오시프 스탈린
                avoid:
                  - 스딸린
              - id: mao-zedong
                ko: 마오쩌둥
                hanja: 毛澤東
                avoid:
                  - 모택동
                  - 마오둥
              - id: shtykov
                ko: 테렌티 슈티코프
                avoid:
                  - 시티코프
            bodies:
              - id: politburo-cpsu
                ko: 소련 공산당 중앙위원회 정치국
            places:
              - id: beijing
                ko: 베이징
                avoid:
                  - 북경
              - id: pyongyang
                ko: 평양
            topics:
              - id: decision-for-war
                ko: 개전 결정
            """;

    /** Mao's note cites the source's misspelling as written, in its Korean reading after the quoted original. */
    static final String KO_PEOPLE = """
            - id: stalin
              name: 이오시프 스탈린
              roles:
                - 소련 각료회의 의장
              codename_notes:
                Filippov: 그가 암호 전보에 쓴 가명.
              bio: 소련의 지도자.
            - id: mao-zedong
              name: 마오쩌둥
              hanja: 毛澤東
              roles:
                - 중국공산당 주석
              bio: 중국의 지도자.
              notes:
                - 한 색인은 그를 "Mao Dong"(마오둥)이라고 적는다.
            - id: shtykov
              name: 테렌티 슈티코프
              roles:
                - 평양 주재 소련 대사
              bio: 소련 대사.
            - id: politburo-cpsu
              name: 소련 공산당 중앙위원회 정치국
              roles:
                - 소련 공산당의 지도부
              bio: 소련 공산당의 최고 지도 기관.
            """;

    static final String KO_PLACES = """
            - id: beijing
              name: 베이징
              note: 1949년부터 중국의 수도.
            - id: pyongyang
              name: 평양
            """;

    static final String KO_TOPICS = """
            - id: decision-for-war
              name: 개전 결정
              description: 김일성의 요청과 그에 대한 답.
            """;

    static final String KO_CHRONOLOGY = """
            - id: 1950-05-13-kim-in-beijing
              title: 김일성, 베이징에 도착하다
              text: 김일성은 마오쩌둥의 동의를 구하러 온다.
            - id: 1950-06-25-invasion
              title: 북한이 남한을 침공하다
              text: 전쟁이 시작된다.
            """;

    /** Our Korean of the cable's quoted words (its body). */
    static final String KO_BODY = "> 이 문제는 중국 동지들과 조선 동지들이 함께 최종적으로 결정해야 한다.\n\n"
            + "출처: 1950년 5월 14일 자 전보, 출간된 논문에 인용.";

    static final String KO_CABLE = """
            ---
            title: 스탈린, 김일성의 계획에 동의한다고 마오쩌둥에게 알리다
            summary: 스탈린은 중국도 동의한다는 조건으로 동의한다.
            notes:
              - 논문은 문서고 번호를 밝히지 않는다.
            provenance: 출간된 논문에 인용되어 있다.
            passages:
              - en: decided finally by the Chinese and Korean comrades together
                ko: 중국 동지들과 조선 동지들이 함께 최종적으로 결정해야
            ---
            """ + KO_BODY + "\n";

    /** A document with no text of its own: no body to translate. */
    static final String KO_REPLY = """
            ---
            title: 마오쩌둥이 답하다
            summary: 이 전보는 제목만 알려져 있다.
            provenance: 출간된 색인에 실려 있다.
            ---
            """;

    static final String KO_TOUR = """
            title: 전쟁으로 가는 길
            summary: 전쟁이 어떻게 결정되었는가.
            """;

    static final String KO_STOP = """
            ---
            title: 승인
            question: 스탈린은 왜 마지막 결정을 마오쩌둥에게 맡겼을까요?
            ---
            우리가 쓴 이야기.
            """;

    static final String KO_QUIZ = """
            title: 전쟁으로 가는 길
            intro: 몇 가지 질문.
            questions:
              - id: who
                prompt: 누가 동의했나요?
                choices:
                  stalin: 스탈린
                  mao: 마오쩌둥
                explanation: 전보에 그렇게 적혀 있다.
              - id: read
                prompt: 누가 이 글을 썼나요?
                choices:
                  stalin: 스탈린
                  mao: 마오쩌둥
                explanation: 스탈린의 전보다.
              - id: agreed
                prompt: 맞을까요, 틀릴까요?
                statement: 스탈린은 결정을 마오쩌둥 혼자에게 맡겼다.
                explanation: 그는 결정을 중국 동지들과 조선 동지들에게 함께 맡겼다.
              - id: order
                prompt: 순서대로 놓아 보세요.
                items:
                  arrives: 김일성이 베이징에 온다
                  agrees: 스탈린이 동의한다
                  answers: 마오쩌둥이 답한다
                explanation: 전보들이 순서를 알려 준다.
              - id: who-wrote
                prompt: 어느 전보를 누가 썼나요?
                pairs:
                  first: { left: 첫 전보, right: 스탈린 }
                  second: { left: 둘째 전보, right: 마오쩌둥 }
                  third: { left: 답장, right: 다시 마오쩌둥 }
                explanation: 전보마다 보낸 사람이 적혀 있다.
            """;

    static final String KO_MAP = """
            states:
              - id: 38th-parallel
                label: 38선
                description: 첫날의 전선.
                accuracy: 정확하다.
                sources:
                  - 한 역사서.
              - id: demarcation-line
                label: 군사분계선
                description: 마지막 날의 전선.
                accuracy: 오차 0.2km 이내.
                sources:
                  - 한 역사서.
                pockets:
                  - 한 교두보
            """;

    @TempDir
    Path folder;

    /**
     * The fixture with a complete Korean edition. The English side first gains the texts the
     * fixture lacks (a cover-name note, editorial notes, a place note, a quiz) so that every kind
     * of key is translated.
     */
    private ContentFixture complete() {
        return ContentFixture.valid(folder)
                .replace("people.yaml", "      to: 1953-03\n", "      to: 1953-03\n      note: The cover name of his ciphered telegrams.\n")
                .replace("people.yaml", "  misspellings: [Mao Dong]\n",
                        "  misspellings: [Mao Dong]\n  editorial_notes:\n    - An index writes \"Mao Dong\" for Mao Zedong.\n")
                .replace("places.yaml", "  country: China\n", "  country: China\n  note: The capital of China from 1949.\n")
                .replace(CABLE, "provenance: Quoted", "editorial_notes:\n  - The article gives no archive reference.\nprovenance: Quoted")
                .write(QUIZ, EN_QUIZ)
                .write("glossary.yaml", GLOSSARY)
                .write("ko/people.yaml", KO_PEOPLE)
                .write("ko/places.yaml", KO_PLACES)
                .write("ko/topics.yaml", KO_TOPICS)
                .write("ko/chronology.yaml", KO_CHRONOLOGY)
                .write("ko/" + CABLE, KO_CABLE)
                .write("ko/" + REPLY, KO_REPLY)
                .write("ko/tours/road-to-war/tour.yaml", KO_TOUR)
                .write("ko/" + STOP, KO_STOP)
                .write("ko/" + QUIZ, KO_QUIZ)
                .write("ko/map/front-lines.yaml", KO_MAP);
    }

    /** The line (1-based) of the first line of a fixture file that starts with the given text. */
    private int lineOf(String path, String start) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve(path));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(start)) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("No line starting with '" + start + "' in " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem for an English text without its Korean counterpart, reported at the English file. */
    private static String noKorean(String file, int line, String field, String what, String fix) {
        return file + ":" + line + ": No Korean for the " + field + " of " + what + ". Fix: translate it in ko/" + file + fix
                + " as '" + field + "', or list the field under keep_english if it is better left in English";
    }

    // ---- Without and with a Korean edition ------------------------------------------------------

    @Test
    void anEnglishOnlyFolderStillPasses() {
        ContentChecker.Result result = ContentFixture.valid(folder).check();
        assertThat(result.problems()).isEmpty();
        assertThat(result.korean()).isEmpty();
    }

    @Test
    void theCompleteKoreanEditionPassesAndMakesAKoreanCorpus() {
        ContentChecker.Result result = complete().check();
        assertThat(result.problems()).as(result.report()).isEmpty();
        Corpus korean = result.korean().orElseThrow();
        assertThat(korean.language()).isEqualTo(Locale.KOREAN);

        // Names are Korean; the English name stays findable among the variants.
        Person stalin = korean.person(new PersonId("stalin")).orElseThrow();
        assertThat(stalin.name()).isEqualTo("이오시프 스탈린");
        assertThat(stalin.variants()).contains("Joseph Stalin", "I. V. Stalin");
        assertThat(stalin.bio()).isEqualTo("소련의 지도자.");
        assertThat(stalin.codenames().getFirst().note()).isEqualTo("그가 암호 전보에 쓴 가명.");
        Person mao = korean.person(new PersonId("mao-zedong")).orElseThrow();
        assertThat(mao.nativeNames()).containsEntry("ko-Hani", "毛澤東");
        assertThat(mao.editorialNotes()).containsExactly("한 색인은 그를 \"Mao Dong\"(마오둥)이라고 적는다.");
        assertThat(korean.place(new PlaceId("beijing")).orElseThrow().variants()).contains("Beijing");

        // The document's texts are Korean; its quoted words stay English, with our translation beside them.
        Cable cable = korean.cable(CABLE_ID).orElseThrow();
        assertThat(cable.title()).isEqualTo("스탈린, 김일성의 계획에 동의한다고 마오쩌둥에게 알리다");
        assertThat(cable.summary()).isEqualTo("스탈린은 중국도 동의한다는 조건으로 동의한다.");
        assertThat(cable.body()).contains("The question should be " + PASSAGE);
        assertThat(korean.ourTranslation(CABLE_ID)).contains(KO_BODY);
        assertThat(korean.ourTranslation(CABLE_ID, "decided  finally by the Chinese\n   and Korean comrades together"))
                .contains(KO_PASSAGE);

        // Tours, quizzes and the map too.
        Tour.Stop stop = korean.tours().getFirst().stops().getFirst();
        assertThat(stop.title()).isEqualTo("승인");
        assertThat(stop.narrative()).isEqualTo("우리가 쓴 이야기.");
        Quiz quiz = korean.quizzes().getFirst();
        assertThat(quiz.question(new QuestionId("who")).orElseThrow().choices()).extracting(Quiz.Choice::text)
                .containsExactly("스탈린", "마오쩌둥");
        assertThat(quiz.question(new QuestionId("who-wrote")).orElseThrow().pairs().getFirst().left()).isEqualTo("첫 전보");
        assertThat(korean.frontLines().states()).extracting(FrontLines.State::label).containsExactly("38선", "군사분계선");

        // The English corpus is untouched.
        Corpus english = result.corpus().orElseThrow();
        assertThat(english.language()).isEqualTo(Locale.ENGLISH);
        assertThat(english.person(new PersonId("stalin")).orElseThrow().name()).isEqualTo("Joseph Stalin");
        assertThat(english.ourTranslation(CABLE_ID)).isEmpty();
        assertThat(english.ourTranslation(CABLE_ID, PASSAGE)).isEmpty();
    }

    @Test
    void theExhibitServesTheKoreanCorpusToKoreanVisitors() {
        complete();
        ExhibitContent content = new ExhibitContent(new ExhibitProperties(null, folder, null, null), Clock.systemUTC());
        assertThat(content.corpus(Locale.KOREAN).language()).isEqualTo(Locale.KOREAN);
        assertThat(content.corpus(Locale.forLanguageTag("ko-KR")).language()).isEqualTo(Locale.KOREAN);
        assertThat(content.corpus(Locale.ENGLISH)).isSameAs(content.corpus());
        assertThat(content.corpus(null)).isSameAs(content.corpus());
    }

    // ---- Every English text has its Korean ------------------------------------------------------

    @Test
    void anEnglishTextWithoutItsKoreanIsReportedAtTheEnglishLine() {
        ContentFixture content = complete().replace("ko/people.yaml", "  bio: 소련의 지도자.\n", "");
        assertThat(content.problems()).containsExactly("people.yaml:" + lineOf("people.yaml", "  bio:")
                + ": No Korean for the bio of person 'stalin'. Fix: translate it in ko/people.yaml (entry '- id: stalin') "
                + "as 'bio', or list the field under keep_english if it is better left in English");
    }

    @Test
    void aMissingKoreanFileLeavesEveryTextOfItsDocumentUntranslated() {
        ContentFixture content = complete().delete("ko/" + REPLY);
        String document = "document '1950-05-15-mao-to-stalin'";
        assertThat(content.problems()).containsExactly(
                noKorean(REPLY, lineOf(REPLY, "title:"), "title", document, ""),
                noKorean(REPLY, lineOf(REPLY, "summary:"), "summary", document, ""),
                noKorean(REPLY, lineOf(REPLY, "provenance:"), "provenance", document, ""));
    }

    @Test
    void nestedTextsAreNamedByTheirKey() {
        ContentFixture content = complete()
                .replace("ko/map/front-lines.yaml", "    pockets:\n      - 한 교두보\n", "")
                .replace("ko/" + QUIZ, "      third: { left: 답장, right: 다시 마오쩌둥 }\n", "")
                .replace("ko/people.yaml", "  notes:\n    - 한 색인은 그를 \"Mao Dong\"(마오둥)이라고 적는다.\n", "");
        int questions = lineOf(QUIZ, "questions:");
        assertThat(content.problems()).satisfiesExactly(
                p -> assertThat(p).isEqualTo(noKorean("map/front-lines.yaml", lineOf("map/front-lines.yaml", "states:"),
                        "states.demarcation-line.pockets.0", "the map 'map/front-lines.yaml'", "")),
                // The English key is editorial_notes, the Korean one notes (the line is not pinned here).
                p -> assertThat(p).startsWith("people.yaml:").endsWith(noKorean("people.yaml", 0, "notes.0", "person 'mao-zedong'",
                        " (entry '- id: mao-zedong')").substring("people.yaml:0".length())),
                p -> assertThat(p).isEqualTo(noKorean(QUIZ, questions, "questions.who-wrote.pairs.third.left", "quiz 'road-to-war'", "")),
                p -> assertThat(p).isEqualTo(noKorean(QUIZ, questions, "questions.who-wrote.pairs.third.right", "quiz 'road-to-war'", "")));
    }

    @Test
    void aFieldTheCuratorsKeepInEnglishNeedsNoKorean() {
        ContentFixture content = complete()
                .replace("ko/people.yaml", "  bio: 소련의 지도자.\n", "  keep_english: [bio, roles]\n")
                .replace("ko/people.yaml", "  roles:\n    - 소련 각료회의 의장\n", "");
        ContentChecker.Result result = content.check();
        assertThat(result.problems()).as(result.report()).isEmpty();
        // The Korean corpus shows the English text where the curators kept it.
        Person stalin = result.korean().orElseThrow().person(new PersonId("stalin")).orElseThrow();
        assertThat(stalin.bio()).isEqualTo("Soviet leader.");
        assertThat(stalin.roles().getFirst().title()).isEqualTo("Chairman of the Council of Ministers of the USSR");
    }

    // ---- Every Korean text translates something --------------------------------------------------

    @Test
    void aMisspelledKoreanFieldTranslatesNothing() {
        ContentFixture content = complete().replace("ko/tours/road-to-war/tour.yaml", "title:", "titel:");
        assertThat(content.problems()).containsExactly(
                "ko/tours/road-to-war/tour.yaml:1: 'titel' translates nothing: tour 'road-to-war' has no such English text. "
                        + "Fix: remove it, or correct the field name to one of [title, summary]",
                noKorean("tours/road-to-war/tour.yaml", 2, "title", "tour 'road-to-war'", ""));
    }

    @Test
    void koreanTextsForAnEntryOrAFileTheContentLacks() {
        ContentFixture content = complete()
                .write("ko/people.yaml", KO_PEOPLE + "- id: kim-il-sung\n  name: 김일성\n")
                .write("ko/cables/1950-06-01-stalin-to-kim.md", "---\ntitle: 없는 문서\n---\n");
        assertThat(content.problems()).containsExactly(
                "ko/cables/1950-06-01-stalin-to-kim.md:1: Korean texts for something the content does not have "
                        + "(cables/1950-06-01-stalin-to-kim.md). Fix: check the file name or id against the English content, "
                        + "or remove the entry",
                "ko/people.yaml:" + lineOf("ko/people.yaml", "- id: kim-il-sung") + ": Korean texts for something the content "
                        + "does not have (people.yaml, id kim-il-sung). Fix: check the file name or id against the English "
                        + "content, or remove the entry");
    }

    // ---- Quoted passages --------------------------------------------------------------------------

    @Test
    void aHighlightOrAnExcerptNeedsItsKoreanPassage() {
        ContentFixture content = complete().replace("ko/" + CABLE, "passages:\n  - en: " + PASSAGE + "\n    ko: " + KO_PASSAGE + "\n", "");
        String problem = ": No Korean translation of the quoted passage \"" + PASSAGE + "\" from 1950-05-14-stalin-to-mao. "
                + "Fix: add it to ko/" + CABLE + " under passages: (- en: the passage, ko: our translation)";
        assertThat(content.problems()).containsExactly(
                QUIZ + ":" + lineOf(QUIZ, "    excerpt:") + problem,
                STOP + ":" + lineOf(STOP, "cables:") + problem);
    }

    @Test
    void aKoreanPassageMustTranslateWordsOfTheDocument() {
        ContentFixture content = complete().replace("ko/" + CABLE, "    ko: " + KO_PASSAGE + "\n",
                "    ko: " + KO_PASSAGE + "\n  - en: decided by the comrades alone\n    ko: 동지들만이 결정한다\n");
        assertThat(content.problems()).containsExactly("ko/" + CABLE + ":" + lineOf("ko/" + CABLE, "  - en: decided by the comrades alone")
                + ": The passage \"decided by the comrades alone\" is not in the document's English text. "
                + "Fix: copy the English passage exactly as it stands in " + CABLE);
    }

    // ---- The glossary -----------------------------------------------------------------------------

    @Test
    void aKoreanNameDifferentFromTheGlossarys() {
        ContentFixture content = complete().replace("ko/people.yaml", "  name: 테렌티 슈티코프\n", "  name: 테렌티 스티코프\n");
        assertThat(content.problems()).containsExactly("ko/people.yaml:" + lineOf("ko/people.yaml", "  name: 테렌티 스티코프")
                + ": The Korean name '테렌티 스티코프' of the person 'shtykov' is not the glossary's '테렌티 슈티코프'. "
                + "Fix: write '테렌티 슈티코프', or change the glossary if it is wrong there");
    }

    @Test
    void theGlossaryNamesEveryEntryAndMustBeThere() {
        ContentFixture content = complete().replace("glossary.yaml", "topics:\n  - id: decision-for-war\n    ko: 개전 결정\n", "");
        assertThat(content.problems()).containsExactly("glossary.yaml: The glossary has no Korean name for the topic 'decision-for-war'. "
                + "Fix: add '- id: decision-for-war' with its Korean form (ko:) to the glossary");

        content.delete("glossary.yaml");
        assertThat(content.problems()).containsExactly("glossary.yaml: The glossary of the Korean edition is missing. "
                + "Fix: create glossary.yaml; content/README.md, section \"The Korean edition\", describes it");
    }

    @Test
    void aFormTheGlossaryAvoidsIsReportedWithTheExhibitsForm() {
        ContentFixture content = complete()
                .replace("ko/people.yaml", "  bio: 중국의 지도자.\n", "  bio: 모택동은 중국의 지도자였다.\n")
                .replace("ko/map/front-lines.yaml", "    label: 38선\n", "    label: 38도 선\n");
        assertThat(content.problems()).containsExactly(
                "ko/map/front-lines.yaml:" + lineOf("ko/map/front-lines.yaml", "    label: 38도 선")
                        + ": '38도 선' in the states.38th-parallel.label is not the exhibit's form (glossary.yaml). Fix: write '38선'",
                "ko/people.yaml:" + lineOf("ko/people.yaml", "  bio: 모택동")
                        + ": '모택동' in the bio is not the exhibit's form (glossary.yaml). Fix: write '마오쩌둥'");
    }

    @Test
    void anAvoidedFormCitedAsWrittenIsAccepted() {
        // In quotation marks, or as the Korean reading in brackets right after the quoted original.
        ContentFixture content = complete().replace("ko/people.yaml", "  bio: 중국의 지도자.\n",
                "  bio: 옛 신문은 그를 \"모택동\" 또는 “모택동”이라 불렀고, 한 색인은 \"Mao Dong\"(마오둥)이라고 적는다.\n");
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void whereAnAvoidedFormCounts() {
        assertThat(KoreanEditionRules.usesAvoided("모택동은 중국의 지도자였다.", "모택동")).isTrue();
        assertThat(KoreanEditionRules.usesAvoided("옛 신문은 \"모택동\"이라 불렀다.", "모택동")).isFalse();
        assertThat(KoreanEditionRules.usesAvoided("옛 신문은 “모택동”이라 불렀다.", "모택동")).isFalse();
        assertThat(KoreanEditionRules.usesAvoided("옛 신문은 「모택동」이라 불렀다.", "모택동")).isFalse();
        assertThat(KoreanEditionRules.usesAvoided("한 색인은 \"Mao Dong\"(마오둥)이라고 적는다.", "마오둥")).isFalse();
        // Brackets without a quoted original before them are not a citation.
        assertThat(KoreanEditionRules.usesAvoided("한 색인은 Mao Dong(마오둥)이라고 적는다.", "마오둥")).isTrue();
        // One cited occurrence does not excuse another that is not.
        assertThat(KoreanEditionRules.usesAvoided("\"모택동\", 곧 모택동", "모택동")).isTrue();
        assertThat(KoreanEditionRules.usesAvoided("마오쩌둥", "마오둥")).isFalse();
    }

    @Test
    void englishWordsQuotedInAStoryCarryOurKoreanBesideThem() {
        ContentFixture content = complete().replace("ko/" + STOP, "우리가 쓴 이야기.",
                "스탈린은 \"volunteer actions\"라고 썼고, 마오쩌둥은 \"paper tiger\"(종이호랑이)라고 했다. 전보는 \"Filippov\"로 서명되었다.");
        assertThat(content.problems()).containsExactly("ko/" + STOP + ":" + lineOf("ko/" + STOP, "스탈린은")
                + ": The English words \"volunteer actions\" quoted in the body have no Korean beside them. "
                + "Fix: add our Korean right after the quotation, in brackets: \"volunteer actions\"(…)");
        assertThat(KoreanEditionRules.isName("Kim Il Sung")).isTrue();
        assertThat(KoreanEditionRules.isName("volunteer actions")).isFalse();
    }

    // ---- The exhibit's own content ------------------------------------------------------------------

    @Test
    void theBundledContentHasACompleteKoreanEdition() {
        ContentChecker.Result result = ContentChecker.check(ContentFiles.bundled());
        assertThat(result.problems()).as(result.report()).isEmpty();
        Corpus korean = result.korean().orElseThrow();
        assertThat(korean.language()).isEqualTo(Locale.KOREAN);
        assertThat(korean.cables()).hasSameSizeAs(result.corpus().orElseThrow().cables())
                .allSatisfy(c -> assertThat(c.title()).as(c.id().value()).containsPattern("\\p{IsHangul}"));
    }
}
