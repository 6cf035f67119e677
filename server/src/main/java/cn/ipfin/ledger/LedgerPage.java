package cn.ipfin.ledger;

import java.util.List;

public record LedgerPage(List<LedgerEntry> entries, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
