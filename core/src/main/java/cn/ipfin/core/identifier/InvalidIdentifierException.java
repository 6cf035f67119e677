package cn.ipfin.core.identifier;

/**
 * A registry identifier (credit code, organisation code, patent application number) that cannot be right.
 * The message is bilingual, Chinese first, because clerks and auditors read it in the UI as it is.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    private final String input;

    InvalidIdentifierException(String chinese, String english, String input) {
        super(chinese + " / " + english + ": \"" + input + "\"");
        this.input = input;
    }

    /** The text that was rejected, as given. */
    public String input() {
        return input;
    }
}
