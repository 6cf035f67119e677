package cn.ipfin.workspace;

/** One entry of the navigation: a message key for its label and where it goes. */
public record NavItem(String labelKey, String href) {

    /** Whether {@code path} is this page or one beneath it (/loans covers /loans/L1 but not /loansx). */
    public boolean covers(String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}
