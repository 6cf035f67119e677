package cn.ipfin.workspace;

/** One entry of the navigation: a message key for its label and where it goes. */
public record NavItem(String labelKey, String href) {
}
