package cn.ipfin.ledger;

import cn.ipfin.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

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
    String ledger(Actor actor, @RequestParam(required = false) String type,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        String subjectType = LedgerApi.blankToNull(type);
        model.addAttribute("type", subjectType);
        model.addAttribute("result", ledger.search(actor, subjectType, Math.max(0, page), 50));
        return "ledger/list";
    }

    @GetMapping("/ledger/export.xlsx")
    void export(Actor actor, @RequestParam(required = false) String type, HttpServletResponse response)
            throws IOException {
        LedgerApi.writeWorkbook(ledger, messages, actor, LedgerApi.blankToNull(type), response);
    }

    @PostMapping("/ledger/verify")
    @PreAuthorize("hasAnyRole('IPO_OFFICER', 'AUDITOR')")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "ledger/verification :: result";
    }
}
