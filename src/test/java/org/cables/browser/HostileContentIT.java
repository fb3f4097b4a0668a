package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.settle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.cables.classroom.ClassSession;
import org.cables.classroom.Classrooms;
import org.cables.classroom.Joiner;
import org.cables.classroom.JoinRefused;
import org.cables.content.ContentChecker;
import org.cables.content.ContentFiles;
import org.cables.content.ContentProblem;
import org.cables.content.ExhibitMarkdown;
import org.cables.content.TourId;
import org.cables.staff.StaffAccounts;
import org.cables.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Cross-site scripting, tried the way a careless or malicious edit would: every payload of the
 * corpus (src/test/resources/hostile/xss-payloads.txt) is put in a cable's title, summary and
 * quoted text. What the content checker refuses is refused with file and line; everything it
 * lets through is served by the running exhibit and opened in Chromium, as are the payloads typed
 * into the search box, the map's date, the join code and a student's name on the teacher's
 * console. No payload may run (no dialog opens) and none may reach the page as an event-handler
 * attribute or a script URL.
 */
class HostileContentIT extends BrowserTest {

    static final List<String> PAYLOADS = payloads();
    static final Path FOLDER;
    /** Per payload: where it was refused by the checker ("file:line: message"), if it was. */
    static final Map<Integer, List<String>> REFUSED = new LinkedHashMap<>();

    static {
        try {
            FOLDER = Files.createTempDirectory("cables-hostile-content");
            FileSystemUtils.copyRecursively(Path.of("content"), FOLDER);
            for (int i = 0; i < PAYLOADS.size(); i++) {
                writeCable(i, PAYLOADS.get(i), true, true);
            }
            // Round 1: what the checker refuses in the quoted text goes; round 2: in the title or summary.
            java.util.Set<Integer> stripText = new java.util.HashSet<>();
            java.util.Set<Integer> stripFields = new java.util.HashSet<>();
            for (int round = 1; round <= 3; round++) {
                ContentChecker.Result result = ContentChecker.check(ContentFiles.fromDirectory(FOLDER));
                if (result.ok()) {
                    break;
                }
                assertThat(round).as("the checker accepts the rest after two rounds: %s", result.problems()).isLessThan(3);
                for (ContentProblem problem : result.problems()) {
                    int index = hostileIndex(problem.file());
                    assertThat(index).as("only the hostile files have problems: %s", problem.format()).isGreaterThanOrEqualTo(0);
                    assertThat(problem.line()).as("a refusal names its line: %s", problem.format()).isPositive();
                    REFUSED.computeIfAbsent(index, k -> new ArrayList<>()).add(problem.format());
                    (round == 1 ? stripText : stripFields).add(index);
                }
                for (int index : REFUSED.keySet()) {
                    writeCable(index, PAYLOADS.get(index), !stripText.contains(index), !stripFields.contains(index));
                }
            }
            assertThat(ContentChecker.check(ContentFiles.fromDirectory(FOLDER)).ok()).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void hostileContent(DynamicPropertyRegistry registry) {
        registry.add("exhibit.content-dir", FOLDER::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:cables-hostile;DB_CLOSE_DELAY=-1");
    }

    static List<String> payloads() {
        try (var in = HostileContentIT.class.getResourceAsStream("/hostile/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(int index) {
        return "1951-03-01-hostile-%02d".formatted(index);
    }

    static int hostileIndex(String file) {
        var m = Pattern.compile("1951-03-01-hostile-(\\d\\d)\\.md").matcher(file);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static String yaml(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\t' -> s.append("\\t");
                default -> s.append(c);
            }
        }
        return s.append('"').toString();
    }

    static void writeCable(int index, String payload, boolean inText, boolean inFields) throws IOException {
        String title = inFields ? "Hostile record " + index + " " + payload : "Hostile record " + index;
        String summary = inFields ? "A test record for the exhibit's defences. " + payload : "A test record for the exhibit's defences.";
        String file = """
                ---
                id: %s
                date: 1951-03-01
                type: telegram
                title: %s
                from: [mao-zedong]
                to: [stalin]
                via: []
                original_language: chinese
                archive_ref: null
                collections:
                  wilson_center: null
                  secret_documents: null
                summary: %s
                places: []
                topics: []
                in_reply_to: null
                related: []
                text: %s
                provenance: A record made by the exhibit's tests.
                editorial_notes: []
                ---
                """.formatted(id(index), yaml(title), yaml(summary), inText ? "excerpts" : "none")
                + (inText ? "> Hostile record " + index + ": " + payload + "\n\nSource: the exhibit's tests.\n" : "");
        Files.writeString(FOLDER.resolve("cables").resolve(id(index) + ".md"), file, StandardCharsets.UTF_8);
        // The Korean edition must be complete: the same payloads in the record's Korean texts.
        String korean = """
                ---
                title: %s
                summary: %s
                provenance: 이 전시의 테스트가 만든 기록이다.
                ---
                """.formatted(yaml(title.replace("Hostile record", "적대적 기록")), yaml(summary.replace("A test record for the exhibit's defences.",
                "전시의 방어를 시험하는 기록이다.")))
                + (inText ? "> 적대적 기록 " + index + ": " + payload + "\n" : "");
        Path ko = FOLDER.resolve("ko").resolve("cables");
        Files.createDirectories(ko);
        Files.writeString(ko.resolve(id(index) + ".md"), korean, StandardCharsets.UTF_8);
    }

    @Autowired
    Classrooms classrooms;

    @Autowired
    StaffAccounts accounts;

    final AtomicInteger dialogs = new AtomicInteger();
    final List<String> ran = new ArrayList<>();

    Page page() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB"));
        Page page = context.newPage();
        page.onDialog(dialog -> {
            dialogs.incrementAndGet();
            ran.add(page.url() + " -> " + dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    static final String SCAN = """
            () => {
              const bad = [];
              const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'];
              const walk = root => root.querySelectorAll('*').forEach(el => {
                for (const a of el.attributes) {
                  const n = a.name.toLowerCase(), v = (a.value || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                  if (n.startsWith('on')) bad.push(el.tagName + ' ' + n + '=' + a.value);
                  if (urlAttributes.includes(n) && (v.startsWith('javascript:') || v.startsWith('vbscript:') || v.startsWith('data:text/html')))
                    bad.push(el.tagName + ' ' + n + '=' + a.value);
                }
                if (['IFRAME', 'OBJECT', 'EMBED', 'MARQUEE'].includes(el.tagName)) bad.push(el.tagName);
                if (el.shadowRoot) walk(el.shadowRoot);
              });
              walk(document);
              return bad;
            }""";

    void visit(Page page, String path, List<String> problems) {
        page.navigate(url(path));
        settle(page);
        page.waitForTimeout(50);
        @SuppressWarnings("unchecked")
        List<String> bad = (List<String>) page.evaluate(SCAN);
        bad.forEach(b -> problems.add(path + ": " + b));
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void noPayloadRunsAnywhere() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(50);
        List<String> problems = new ArrayList<>();
        Page page = page();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            visit(page, "/cables/" + id(i), problems);
            assertThat(page.locator("h1").first().textContent()).startsWith("Hostile record " + i);
            visit(page, "/archive?q=" + q(PAYLOADS.get(i)), problems);
        }
        visit(page, "/archive?q=hostile+record", problems);
        visit(page, "/archive?q=defences", problems);
        visit(page, "/chronology", problems);
        visit(page, "/people/mao-zedong", problems);
        for (String payload : PAYLOADS.subList(0, 15)) {
            visit(page, "/map?date=" + q(payload), problems);
            visit(page, "/join?code=" + q(payload), problems);
            visit(page, "/chronology?category=" + q(payload), problems);
        }
        System.out.printf("XSS corpus: %d payloads; %d refused by the content checker (with file and line), %d served to Chromium%n",
                PAYLOADS.size(), REFUSED.size(), PAYLOADS.size() - REFUSED.size());
        assertThat(ran).as("payloads that ran").isEmpty();
        assertThat(dialogs).hasValue(0);
        assertThat(problems).as("payloads that reached the page as handlers or script URLs").isEmpty();
    }

    @Test
    void studentNamesAndClassTitlesStayText() {
        if (accounts.find("hostile-teacher").isEmpty()) {
            accounts.create("hostile-teacher", "Hostile Teacher", "a hostile password", StaffRole.TEACHER);
        }
        ClassSession session = classrooms.open("hostile-teacher", new TourId("road-to-war"), PAYLOADS.get(3));
        int joined = 0;
        for (String payload : PAYLOADS) {
            try {
                classrooms.join(session.code().value(), payload, new Joiner("192.0.2.50", payload));
                joined++;
            } catch (JoinRefused tooLongOrTwice) {
                // names over 40 characters are refused, and said so; the rest join
            }
        }
        assertThat(joined).isGreaterThanOrEqualTo(20);
        Page page = page();
        signIn(page, "hostile-teacher", "a hostile password");
        List<String> problems = new ArrayList<>();
        visit(page, "/teach", problems);
        visit(page, "/teach/" + session.id(), problems);
        assertThat(page.locator("tr.console-student")).satisfies(rows -> assertThat(rows.count()).isEqualTo(classrooms.studentCount(session)));
        assertThat(ran).as("payloads that ran").isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void theMarkdownRendererDisarmsEveryPayloadInChromium() {
        Page page = page();
        page.navigate(url("/"));
        List<String> problems = new ArrayList<>();
        for (String payload : PAYLOADS) {
            String html = ExhibitMarkdown.toSafeHtml(payload) + ExhibitMarkdown.toSafeHtml("> " + payload + "\n\nSource: x")
                    + ExhibitMarkdown.toSafeHtml("Some *text* " + payload + " and more.");
            page.setContent("<!doctype html><html><body><main>" + html + "</main></body></html>");
            page.waitForTimeout(20);
            @SuppressWarnings("unchecked")
            List<String> bad = (List<String>) page.evaluate(SCAN);
            bad.forEach(b -> problems.add(payload + ": " + b));
        }
        assertThat(ran).as("payloads that ran").isEmpty();
        assertThat(problems).isEmpty();
    }
}
