package cn.ipfin.party;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Parties", description = "The signed-in user, organisations and enterprises")
@Validated
class PartyApi {

    private final Organisations organisations;
    private final Enterprises enterprises;

    PartyApi(Organisations organisations, Enterprises enterprises) {
        this.organisations = organisations;
        this.enterprises = enterprises;
    }

    @GetMapping("/me")
    @Operation(summary = "Who am I: user, organisation, roles")
    Actor me(Actor actor) {
        return actor;
    }

    @GetMapping("/organisations")
    @Operation(summary = "The directory of institutions (banks, valuation firms, guarantors, ...), optionally of one type")
    List<Organisation> institutions(@RequestParam(required = false) OrgType type) {
        return organisations.institutions(type);
    }

    @GetMapping("/organisations/{id}")
    Organisation organisation(Actor actor, @PathVariable long id) {
        return organisations.find(actor, id).orElseThrow(() -> new RecordNotFound("organisation", id));
    }

    @PutMapping("/organisations/{id}")
    @Operation(summary = "Rename an organisation; send the version you read, a concurrent change answers 409")
    Organisation rename(Actor actor, @PathVariable long id, @Valid @RequestBody RenameOrganisation command) {
        return organisations.rename(actor, id, command.expectedVersion(), command.name().strip(),
                command.nameEn() == null ? null : command.nameEn().strip());
    }

    @GetMapping("/enterprises")
    @Operation(summary = "Enterprises the caller may see, by name or credit-code fragment")
    Enterprises.EnterprisePage enterprises(Actor actor, @RequestParam(required = false) String q,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return enterprises.search(actor, q, page, size);
    }

    @GetMapping("/enterprises/{id}")
    EnterpriseSummary enterprise(Actor actor, @PathVariable long id) {
        return enterprises.find(actor, id).orElseThrow(() -> new RecordNotFound("enterprise", id));
    }

    record RenameOrganisation(
            @NotNull(message = "{validation.version.required}") Integer expectedVersion,
            @NotBlank(message = "{validation.name.required}") @Size(max = 200, message = "{validation.name.size}") String name,
            @Size(max = 200, message = "{validation.name.size}") String nameEn) {
    }
}
