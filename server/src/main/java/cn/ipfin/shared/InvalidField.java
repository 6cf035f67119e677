package cn.ipfin.shared;

import java.time.LocalDate;
import java.util.List;

/** A caller's value out of what the platform accepts for a field (or a pair): answered 400 naming the fields. */
public class InvalidField extends RuntimeException {

    private final List<String> fields;
    private final String zh;
    private final String en;

    public InvalidField(String field, String zh, String en) {
        this(List.of(field), zh, en);
    }

    private InvalidField(List<String> fields, String zh, String en) {
        super(en);
        this.fields = fields;
        this.zh = zh;
        this.en = en;
    }

    /** Refuses a range whose end is before its start (both given); either left out is an open end. */
    public static void requireOrdered(String fromField, LocalDate from, String toField, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidField(List.of(fromField, toField),
                    toField + "（" + to + "）早于 " + fromField + "（" + from + "）：结束日期不能早于开始日期",
                    toField + " (" + to + ") is before " + fromField + " (" + from + "): the end cannot precede the start");
        }
    }

    public String field() {
        return fields.getFirst();
    }

    public List<String> fields() {
        return fields;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
