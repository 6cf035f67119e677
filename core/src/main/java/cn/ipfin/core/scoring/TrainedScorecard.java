package cn.ipfin.core.scoring;

import java.util.List;
import java.util.Optional;

/** A card with what it was built from: the WoE tables and regression (trained cards only) and its validation. */
public record TrainedScorecard(Scorecard card, List<WoeTable> woeTables, Optional<LogisticModel> model,
                               Optional<ModelValidation> validation) {

    public TrainedScorecard {
        woeTables = List.copyOf(woeTables);
    }
}
