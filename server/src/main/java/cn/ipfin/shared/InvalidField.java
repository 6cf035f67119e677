package cn.ipfin.shared;

/** A caller's value out of what the platform accepts for one field: answered 400 naming the field. */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String zh;
    private final String en;

    public InvalidField(String field, String zh, String en) {
        super(en);
        this.field = field;
        this.zh = zh;
        this.en = en;
    }

    public String field() {
        return field;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
