package org.cables.packet;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cables.content.ContentId;
import org.cables.content.TourId;
import org.cables.i18n.ExhibitLanguage;
import org.cables.navigation.PacketNavigation;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The printed packets as PDF downloads: {@code /packets/tours/<tour>.pdf?lang=en|ko}, the
 * students' packet, for anyone; {@code /packets/tours/<tour>-key.pdf?lang=en|ko}, the teacher's
 * key, only for signed-in teachers and admins (401 for anyone not signed in, 403 for another
 * role; the security configuration says the same by path). An unknown or malformed tour is a
 * 404; an unknown language is English.
 */
@RestController
class PacketController {

    static final String TOUR_FILE = "/" + PacketNavigation.TOURS + "{file}.pdf";

    private final TourPackets packets;

    PacketController(TourPackets packets) {
        this.packets = packets;
    }

    @GetMapping(TOUR_FILE)
    ResponseEntity<byte[]> tour(@PathVariable String file, @RequestParam(name = PacketNavigation.LANGUAGE, required = false) String lang,
                                HttpServletRequest request) {
        boolean key = file.endsWith(PacketNavigation.KEY_SUFFIX);
        String id = key ? file.substring(0, file.length() - PacketNavigation.KEY_SUFFIX.length()) : file;
        if (!ContentId.isValidId(id)) {
            return ResponseEntity.notFound().build();
        }
        if (key) {
            if (request.getUserPrincipal() == null) {
                return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
            }
            if (!request.isUserInRole("TEACHER") && !request.isUserInRole("ADMIN")) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
            }
        }
        Locale asked = language(lang);
        TourId tour = new TourId(id);
        Packet.Edition edition = key ? Packet.Edition.TEACHERS_KEY : Packet.Edition.STUDENTS;
        Optional<byte[]> pdf = packets.pdf(tour, asked, edition);
        if (pdf.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        byte[] bytes = pdf.get();
        // A weak ETag, as the map data has: the same packet is not sent again to a browser that has it.
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(bytes) + "\"";
        if (new ServletWebRequest(request).checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        Locale printedIn = packets.languageFor(asked);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PacketNavigation.fileName(tour, printedIn, key)).build().toString())
                .cacheControl(key ? CacheControl.noStore().cachePrivate() : CacheControl.noCache().cachePublic())
                .eTag(etag)
                .body(bytes);
    }

    /** The language a {@code lang} parameter asks for: Korean for {@code ko}, English for anything else. */
    static Locale language(String lang) {
        if (lang == null || lang.length() > 35) {
            return Locale.ENGLISH;
        }
        return ExhibitLanguage.forLocale(Locale.forLanguageTag(lang.strip())).locale();
    }
}
