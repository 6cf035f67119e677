package cn.ipfin.lending;

import cn.ipfin.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The product handbook, the demand library and matching (seed 003 §八, seed 004 (十四)). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Products and demands", description = "IP-finance products, financing demands, matching and the banks' follow-up")
@Validated
class MarketplaceApi {

    private final Products products;
    private final Demands demands;

    MarketplaceApi(Products products, Demands demands) {
        this.products = products;
        this.demands = demands;
    }

    @GetMapping("/products")
    @Operation(summary = "The catalogue: the current version of every product")
    List<Product> catalogue() {
        return products.catalogue();
    }

    @GetMapping("/products/{id}")
    @Operation(summary = "One product version, current or retired")
    Product product(@PathVariable long id) {
        return products.get(id);
    }

    @PostMapping("/products")
    @Operation(summary = "A bank publishes a product; an existing code gets a new version, the old one is retired")
    Product publish(Actor actor, @Valid @RequestBody Products.ProductDraft draft) {
        return products.publish(actor, draft);
    }

    @GetMapping("/demands")
    @Operation(summary = "Demands the caller may see: an enterprise its own, a bank the open library, the IP office all")
    List<Demand> demands(Actor actor) {
        return demands.list(actor);
    }

    @PostMapping("/demands")
    @Operation(summary = "The enterprise posts a financing demand")
    Demand post(Actor actor, @Valid @RequestBody Demands.DemandDraft draft) {
        return demands.post(actor, draft);
    }

    @GetMapping("/demands/{id}/matches")
    @Operation(summary = "Products ranked for the demand, each criterion explained (a bank sees its own products)")
    List<Demands.ProductFit> matches(Actor actor, @PathVariable long id) {
        return demands.match(actor, id);
    }

    @PostMapping("/demands/{id}/follow-ups")
    @Operation(summary = "The bank records its follow-up: contacted, declined (with reason), application opened")
    List<Map<String, Object>> followUp(Actor actor, @PathVariable long id, @Valid @RequestBody Demands.FollowUpDraft draft) {
        demands.followUp(actor, id, draft);
        return demands.followUps(actor, id);
    }

    @GetMapping("/demands/{id}/follow-ups")
    @Operation(summary = "The matching ledger of a demand, as far as the caller may see it")
    List<Map<String, Object>> followUps(Actor actor, @PathVariable long id) {
        return demands.followUps(actor, id);
    }
}
