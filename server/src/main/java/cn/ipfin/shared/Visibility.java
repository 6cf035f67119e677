package cn.ipfin.shared;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organisation-visibility predicate of every scoped query (ARCHITECTURE.md, "Query-layer visibility"): the IP
 * office sees the whole district ({@code :all}); anyone else sees the rows whose organisation columns name one of
 * the organisations it may see as a party ({@code :orgs}: its own, and a head office's branches). Written once here,
 * bound once here, so no query binds {@code :all} without {@code :orgs} or the other way round.
 */
public final class Visibility {

    private Visibility() {
    }

    /** {@code (:all or l.bank_org_id = any(:orgs) or l.enterprise_id = any(:orgs))}, spaced to be concatenated. */
    public static String anyOf(String... orgColumns) {
        return Arrays.stream(orgColumns).map(column -> " or " + column + " = any(:orgs)")
                .collect(Collectors.joining("", " (:all", ") "));
    }

    /**
     * The enterprise in {@code enterpriseColumn} is one of the actor's organisations, or it authorised one of them to
     * see its data (数据授权, party's {@code data_authorisation_view}, not revoked); spaced to be concatenated.
     */
    public static String ownOrAuthorised(String enterpriseColumn) {
        return " (" + enterpriseColumn + " = any(:orgs) or exists (select 1 from data_authorisation_view auth"
                + " where auth.enterprise_id = " + enterpriseColumn + " and auth.org_id = any(:orgs)"
                + " and auth.revoked_at is null)) ";
    }

    /** The predicate's parameters for this actor, for {@code JdbcClient}'s {@code params(Map)}. */
    public static Map<String, Object> of(Actor actor) {
        return Map.of("all", actor.seesWholeDistrict(), "orgs", actor.visibleOrgIdArray());
    }
}
