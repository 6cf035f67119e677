package cn.ipfin.supervision;

import cn.ipfin.programme.ProgrammeApplications;
import cn.ipfin.programme.ProgrammeDefinitions;
import cn.ipfin.shared.Actor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The programmes' spending of a year for the office's dashboard (seed 001 四, 003 §十一: the office reports what its
 * support cost): each programme's year as the programme module reports it — committed, paid, fees and what remains
 * of the budget.
 */
@Component
class ProgrammeSpending {

    private final ProgrammeDefinitions definitions;
    private final ProgrammeApplications applications;

    ProgrammeSpending(ProgrammeDefinitions definitions, ProgrammeApplications applications) {
        this.definitions = definitions;
        this.applications = applications;
    }

    record Line(String key, String nameZh, String nameEn, ProgrammeApplications.Report report) {
    }

    List<Line> of(Actor office, int year) {
        return definitions.programmes().stream()
                .map(v -> new Line(v.key(), v.nameZh(), v.nameEn(), applications.report(office, v.key(), year)))
                .toList();
    }
}
