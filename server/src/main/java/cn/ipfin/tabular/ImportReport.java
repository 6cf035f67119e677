package cn.ipfin.tabular;

import java.util.List;

/**
 * The outcome of one import: applied (every row written) or refused (nothing written), with every reason.
 *
 * @param refusalZh  when the file as a whole was refused (wrong type, encoding, ...), why; else null
 * @param errorCount all row errors, of which {@code errors} holds the first 1,000
 * @param notices    what the import changed in the file's text before writing it (e.g. a lower-case code put in
 *                   upper case), so nothing is normalised silently; the first 1,000
 */
public record ImportReport(long batchId, String kind, String filename, boolean applied, int rowsRead, int inserted,
                           int updated, String refusalZh, String refusalEn, int errorCount, List<RowError> errors,
                           List<RowError> notices) {
}
