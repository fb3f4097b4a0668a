package org.cables.archive;

import java.nio.charset.StandardCharsets;

import org.cables.content.CableId;
import org.cables.content.ContentId;
import org.cables.content.ExhibitContent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Citation files for reference managers: {@code /citation/<cable-id>.bib} and {@code .ris}. */
@RestController
class CitationController {

    private final ExhibitContent content;

    CitationController(ExhibitContent content) {
        this.content = content;
    }

    @GetMapping("/citation/{id}.{format}")
    ResponseEntity<byte[]> citation(@PathVariable String id, @PathVariable String format) {
        if (!ContentId.isValidId(id) || !(format.equals("bib") || format.equals("ris"))) {
            return ResponseEntity.notFound().build();
        }
        var corpus = content.corpus();
        return corpus.cable(new CableId(id))
                .map(cable -> {
                    Citation citation = Citation.of(cable, corpus);
                    boolean bib = format.equals("bib");
                    byte[] body = (bib ? citation.bibtex() : citation.ris()).getBytes(StandardCharsets.UTF_8);
                    return ResponseEntity.ok()
                            .contentType(bib ? MediaType.valueOf("application/x-bibtex;charset=UTF-8")
                                    : MediaType.valueOf("application/x-research-info-systems;charset=UTF-8"))
                            .header(HttpHeaders.CONTENT_DISPOSITION,
                                    ContentDisposition.attachment().filename(id + "." + format).build().toString())
                            .body(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
