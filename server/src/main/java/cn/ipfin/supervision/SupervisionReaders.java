package cn.ipfin.supervision;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;

/**
 * Who reads what of supervision's performance pages: the IP office (and its auditor) everything; the financial
 * regulators the ranking and the published cases, as they read the statistics and bulletins (issue 20), nothing else.
 */
final class SupervisionReaders {

    private SupervisionReaders() {
    }

    static boolean office(Actor actor) {
        return actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR);
    }

    static boolean regulator(Actor actor) {
        return actor.roles().stream().anyMatch(Role.REGULATORS::contains);
    }
}
