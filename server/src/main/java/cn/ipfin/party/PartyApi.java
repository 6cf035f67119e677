package cn.ipfin.party;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Parties", description = "The signed-in user, organisations and enterprises")
@Validated
class PartyApi {

    private final Organisations organisations;
    private final Enterprises enterprises;
    private final EnterpriseProfiles profiles;

    private final EnterpriseController pages;

    PartyApi(Organisations organisations, Enterprises enterprises, EnterpriseProfiles profiles,
             EnterpriseController pages) {
        this.pages = pages;
        this.organisations = organisations;
        this.enterprises = enterprises;
        this.profiles = profiles;
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
    @Operation(summary = "Enterprises the caller may see: by name or credit-code fragment, park, industry-code prefix,"
            + " qualification held today (SPECIALISED_SME, LITTLE_GIANT, HIGH_TECH, PRE_IPO), credit listing")
    Enterprises.EnterprisePage enterprises(Actor actor, @RequestParam(required = false) String q,
                                           @RequestParam(required = false) String park,
                                           @RequestParam(required = false) String industry,
                                           @RequestParam(required = false) String qualification,
                                           @RequestParam(required = false) Boolean creditListed,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return enterprises.search(actor, new EnterpriseQuery(q, park, industry, qualification, creditListed), page, size);
    }

    @GetMapping(value = "/enterprises/export.xlsx", produces = EnterpriseController.XLSX)
    @Operation(operationId = "exportEnterprises", summary = "The matching enterprises as an Excel file in the import template's layout (re-importable)")
    void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String park,
                @RequestParam(required = false) String industry, @RequestParam(required = false) String qualification,
                @RequestParam(required = false) Boolean creditListed, HttpServletResponse response) throws IOException {
        pages.export(actor, q, park, industry, qualification, creditListed, response);
    }

    @GetMapping("/enterprises/{id}")
    @Operation(summary = "An enterprise's profile: qualifications, credit facts, financials")
    EnterpriseProfile enterprise(Actor actor, @PathVariable long id) {
        return profiles.profile(actor, id).orElseThrow(() -> new RecordNotFound("enterprise", id));
    }

    @PutMapping("/enterprises/{id}")
    @Operation(summary = "The enterprise maintains its own profile; send the version you read (409 on a concurrent change)")
    EnterpriseSummary updateEnterprise(Actor actor, @PathVariable long id, @Valid @RequestBody UpdateProfile command) {
        return profiles.update(actor, id, command.expectedVersion(), new EnterpriseProfiles.ProfileChange(
                command.legalRepresentative().strip(), command.park() == null ? null : command.park().strip(),
                command.industryCode(), command.industryName().strip(), command.size(), command.registeredCapital()));
    }

    record UpdateProfile(
            @NotNull(message = "{validation.version.required}") Integer expectedVersion,
            @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size60}") String legalRepresentative,
            @Size(max = 50, message = "{validation.size50}") String park,
            @NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-T]\\d{2,4}", message = "{validation.industryCode}") String industryCode,
            @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size100}") String industryName,
            @NotNull(message = "{validation.required}") @Pattern(regexp = "MICRO|SMALL|MEDIUM", message = "{validation.size}") String size,
            @NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.nonNegative}")
            @Digits(integer = 17, fraction = 2, message = "{validation.yuan}") BigDecimal registeredCapital) {
    }

    record RenameOrganisation(
            @NotNull(message = "{validation.version.required}") Integer expectedVersion,
            @NotBlank(message = "{validation.name.required}") @Size(max = 200, message = "{validation.name.size}") String name,
            @Size(max = 200, message = "{validation.name.size}") String nameEn) {
    }
}
