package cn.ipfin.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The rule catalogue for systems: the code a refusal's problem details carry is one of these. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Rules", description = "Every rule the platform refuses by, with its citation, messages and parameters")
class RulesApi {

    record RuleEntry(String code, String citation, String citationKind, String zh, String en, List<String> parameters) {
    }

    record SourceEntry(String source, String kind, List<RuleEntry> rules) {
    }

    record CapabilityEntry(String capability, List<SourceEntry> sources) {
    }

    @GetMapping("/rules")
    @Operation(summary = "Every rule, grouped by capability and by the seed, law or platform it implements; messages"
            + " in Chinese and English with their {parameters}")
    List<CapabilityEntry> rules() {
        return RuleCatalogue.grouped().stream().map(c -> new CapabilityEntry(c.capability(), c.sources().stream()
                .map(s -> new SourceEntry(s.source(), s.kind().name(), s.rules().stream()
                        .map(r -> new RuleEntry(r.code(), r.citation(), r.citationKind().name(), r.zh(), r.en(), r.parameters()))
                        .toList()))
                .toList())).toList();
    }
}
