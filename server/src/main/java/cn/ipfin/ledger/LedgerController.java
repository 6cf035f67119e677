package cn.ipfin.ledger;

import cn.ipfin.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.LocalDate;

/** The ledger pages: browse by capability, export to Excel, and (IP office) verify the chains. */
@Controller
class LedgerController {

    private final Ledger ledger;
    private final LedgerVerifier verifier;
    private final MessageSource messages;

    LedgerController(Ledger ledger, LedgerVerifier verifier, MessageSource messages) {
        this.ledger = ledger;
        this.verifier = verifier;
        this.messages = messages;
    }

    @GetMapping("/ledger")
    String ledger(Actor actor, @RequestParam(required = false) String type, @RequestParam(required = false) String subject,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        var filter = filter(type, subject, from, to);
        model.addAttribute("type", filter.subjectType());
        model.addAttribute("filter", filter);
        model.addAttribute("result", ledger.search(actor, filter, Math.max(0, page), 50));
        return "ledger/list";
    }

    @GetMapping("/ledger/export.xlsx")
    void export(Actor actor, @RequestParam(required = false) String type, @RequestParam(required = false) String subject,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) throws IOException {
        LedgerApi.writeWorkbook(ledger, messages, actor, filter(type, subject, from, to), response);
    }

    private static Ledger.Filter filter(String type, String subject, LocalDate from, LocalDate to) {
        return new Ledger.Filter(LedgerApi.blankToNull(type), subject == null || subject.isBlank() ? null : subject.strip(),
                from, to);
    }

    @PostMapping("/ledger/verify")
    @PreAuthorize("hasAnyRole('IPO_OFFICER', 'AUDITOR')")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "ledger/verification :: result";
    }
}
