package cn.ipfin.shared;

import cn.ipfin.core.party.OrgType;

import java.util.Set;

/**
 * Who is acting: the user, their organisation and roles. Passed explicitly to every query and command
 * (style.md §7) so that visibility is decided in the query layer, never from a ThreadLocal.
 *
 * @param visibleOrgIds the organisations whose records this actor may see as a party: its own organisation,
 *                      plus the branches of a bank's head office.
 */
public record Actor(long userId, String username, long orgId, OrgType orgType, Set<Role> roles,
                    Set<Long> visibleOrgIds) {

    public Actor {
        roles = Set.copyOf(roles);
        visibleOrgIds = Set.copyOf(visibleOrgIds);
    }

    /** The district's IP office sees every record of the district. */
    public boolean seesWholeDistrict() {
        return orgType == OrgType.IP_OFFICE;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long[] visibleOrgIdArray() {
        return visibleOrgIds.toArray(Long[]::new);
    }

    /** The platform itself, for the daily close, imports and the demo loader. */
    public static Actor system() {
        return new Actor(0, "system", 0, OrgType.IP_OFFICE, Set.of(), Set.of());
    }
}
