package cn.ipfin.tabular;

/** Rows that created a record, and rows that changed an existing one (unchanged rows count in neither). */
public record ImportCounts(int inserted, int updated) {
}
