package cn.ipfin.core.securitization.project;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A task of a phase: what is to be delivered, by whom, by when, and when it was done (empty while open). */
public record ProjectTask(Phase phase, String task, String deliverable, String responsible, LocalDate due,
                          Optional<LocalDate> doneOn) {

    public ProjectTask {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(deliverable, "deliverable");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(doneOn, "doneOn");
    }

    public ProjectTask done(LocalDate on) {
        return new ProjectTask(phase, task, deliverable, responsible, due, Optional.of(on));
    }

    /** Open after its due date, or done after it. */
    public boolean isLate(LocalDate today) {
        return doneOn.map(d -> d.isAfter(due)).orElse(today.isAfter(due));
    }
}
