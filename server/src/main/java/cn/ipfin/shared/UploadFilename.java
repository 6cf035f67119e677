package cn.ipfin.shared;

/**
 * The name an uploaded file is kept under: the last path part only (a browser or script may send
 * "C:\\scans\\licence.pdf" or "../../x"), without control or bidirectional-override characters (which would disguise
 * the name shown to the next reader), at most 200 characters.
 */
public final class UploadFilename {

    private static final int MAX = 200;

    private UploadFilename() {
    }

    public static String clean(String sent, String fallback) {
        if (sent == null) {
            return fallback;
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069)
                        && c != 0x200E && c != 0x200F)
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > MAX ? name.substring(name.length() - MAX) : name;
    }
}
