package org.cables.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cables.browser.BrowserSupport.settle;

import java.nio.file.Files;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The archive in a real browser: search, filters in the address, deep links, citations. */
class ArchiveIT extends BrowserTest {



    Page open(String path) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("en-GB")
                .setAcceptDownloads(true));
        Page page = context.newPage();
        page.navigate(url(path));
        settle(page);
        return page;
    }

    @Test
    void searchingAndFilteringWritesTheAddressAndTheAddressRestoresIt() {
        Page page = open("/archive");
        String all = page.locator(".result-count").textContent();

        page.locator("vaadin-text-field.archive-search input").fill("Feng Xi");
        page.waitForCondition(() -> page.url().contains("q=Feng+Xi") || page.url().contains("q=Feng%20Xi"));
        settle(page);
        assertThat(page.locator(".result-count").textContent()).isNotEqualTo(all);
        assertThat(page.locator("vaadin-grid .hit-title").first().textContent()).isNotBlank();
        assertThat(page.locator("vaadin-grid mark").count()).as("matches are marked").isPositive();

        Locator withText = page.locator("vaadin-checkbox input");
        withText.check();
        page.waitForCondition(() -> page.url().contains("text=yes"));
        settle(page);
        String filtered = page.locator(".result-count").textContent();
        String address = page.url();

        Page again = open(address.substring(address.indexOf("/archive")));
        assertThat(again.locator("vaadin-text-field.archive-search input").inputValue()).isEqualTo("Feng Xi");
        assertThat(again.locator("vaadin-checkbox input").isChecked()).isTrue();
        assertThat(again.locator(".result-count").textContent()).isEqualTo(filtered);
    }

    @Test
    void aResultOpensItsRecordAndItsCitationDownloads() throws Exception {
        Page page = open("/archive?q=16008");
        page.locator("vaadin-grid a.hit-title").first().click();
        page.waitForURL("**/cables/1952-01-31-mao-to-stalin");
        settle(page);
        assertThat(page.locator("h1").textContent()).isNotBlank();
        assertThat(page.locator(".cable-route").textContent()).contains("Filippov [Joseph Stalin]");

        Download bib = page.waitForDownload(() -> page.locator("a", new Page.LocatorOptions().setHasText("Download BibTeX")).click());
        assertThat(bib.suggestedFilename()).isEqualTo("1952-01-31-mao-to-stalin.bib");
        String bibtex = Files.readString(bib.path());
        assertThat(bibtex).startsWith("@misc{19520131maotostalin,").contains("author = {Mao Zedong}").contains("year = {1952}");

        Download ris = page.waitForDownload(() -> page.locator("a", new Page.LocatorOptions().setHasText("Download RIS")).click());
        assertThat(Files.readString(ris.path())).startsWith("TY  - PCOMM").contains("DA  - 1952/01/31/").contains("ER  - ");
    }

    @Test
    void paragraphAnchorsLinkIntoTheText() {
        Page page = open("/cables/1951-07-11-mao-to-stalin#p3");
        assertThat(page.locator("#p3").count()).isEqualTo(1);
        assertThat(page.locator("#p3 a.para-anchor").getAttribute("href")).isEqualTo("#p3");
    }

    @Test
    void aDocumentsCitationTagsFollowTheVisitor() {
        Page page = open("/cables/1949-05-18-kovalev-to-stalin");
        assertThat(page.locator("head meta[name=citation_author]").getAttribute("content")).isEqualTo("Ivan Kovalev");
        assertThat(page.locator("head meta[name=citation_title]").count()).as("one set of tags, not two").isEqualTo(1);
        assertThat(page.locator(".cable-account").textContent()).contains("What the document says (our account)");

        String other = "cables/1949-05-15-shtykov-to-vyshinsky";
        page.locator("a[href='" + other + "']").first().click();
        page.waitForURL("**/" + other);
        settle(page);
        assertThat(page.locator("head meta[name=citation_title]").getAttribute("content"))
                .isEqualTo(page.locator("h1").textContent().strip());
        assertThat(page.locator("head meta[name=citation_author]").getAttribute("content")).isEqualTo("Terenty Shtykov");
        assertThat(page.locator("head script[type='application/ld+json']").count()).isEqualTo(1);

        page.locator("a.back-link").click();
        page.waitForURL("**/archive");
        settle(page);
        assertThat(page.locator("head [data-cables-citation]").count()).as("no document's tags on the archive").isZero();
    }
}
