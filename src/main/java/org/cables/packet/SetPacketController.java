package org.cables.packet;

import java.security.Principal;
import java.util.Locale;

import org.cables.navigation.PacketNavigation;
import org.cables.sets.DocumentSets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A teacher's own document set as a printed packet: {@code /packets/sets/<set>.pdf?lang=en|ko}
 * for the students and {@code /packets/sets/<set>-key.pdf} for the teacher, both for the set's
 * own teacher only (anyone else: 404, as if it did not exist; nobody signed in: 401).
 */
@RestController
class SetPacketController {

    private final TourPackets packets;
    private final DocumentSets sets;

    SetPacketController(TourPackets packets, DocumentSets sets) {
        this.packets = packets;
        this.sets = sets;
    }

    @GetMapping("/" + PacketNavigation.SETS + "{file}.pdf")
    ResponseEntity<byte[]> set(@PathVariable String file, @RequestParam(name = PacketNavigation.LANGUAGE, required = false) String lang,
                               Principal principal) {
        if (principal == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        boolean key = file.endsWith(PacketNavigation.KEY_SUFFIX);
        String id = key ? file.substring(0, file.length() - PacketNavigation.KEY_SUFFIX.length()) : file;
        Locale language = PacketController.language(lang);
        return sets.ofTeacher(id, principal.getName()).map(set -> {
            byte[] pdf = packets.lessonPdf(set.lesson(), language, key ? Packet.Edition.TEACHERS_KEY : Packet.Edition.STUDENTS);
            String name = "cables-set-" + set.shareCode().value().toLowerCase(Locale.ROOT) + "-" + language.getLanguage()
                    + (key ? "-teachers-key" : "") + ".pdf";
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                    .cacheControl(CacheControl.noStore().cachePrivate())
                    .body(pdf);
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
