package cn.ipfin.datagen;

import java.time.LocalDate;

/**
 * A dated credit fact. kind is "ABNORMAL_OPERATION" (经营异常名录), "DISHONEST" (严重违法失信名单) or
 * "OTHER_BAD_RECORD". removedOn is null while the entry stands.
 */
public record GeneratedCreditFact(String kind, LocalDate listedOn, LocalDate removedOn, String source, String reason) {
}
