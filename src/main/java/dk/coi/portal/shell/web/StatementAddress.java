package dk.coi.portal.shell.web;

import dk.coi.portal.shell.internal.FixedPages;
import dk.coi.portal.shell.internal.InformationPages;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /was}: the short address every Danish public website gives its accessibility statement (the agency's
 * rule), leading to the official statement in WAS-Tool once it is configured, to the portal's own page until then.
 */
@RestController
class StatementAddress {

    private final InformationPages informationPages;

    StatementAddress(InformationPages informationPages) {
        this.informationPages = informationPages;
    }

    @GetMapping("/was")
    ResponseEntity<Void> statement() {
        URI target = URI.create(informationPages.officialStatement().orElse("/" + FixedPages.ACCESSIBILITY));
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }
}
