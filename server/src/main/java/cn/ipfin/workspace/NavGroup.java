package cn.ipfin.workspace;

import java.util.List;

/**
 * One task in the navigation (登记, 融资, 贷后, 监管…): a menu of the pages that serve it. A group of one page is
 * shown as a plain link, so the header stays one line however many pages a task gains.
 */
public record NavGroup(String labelKey, List<NavItem> items) {

    public NavGroup {
        items = List.copyOf(items);
    }

    public boolean single() {
        return items.size() == 1;
    }

    /** Whether the page at {@code path} belongs to this group, to mark the group as where the user is. */
    public boolean contains(String path) {
        return path != null && items.stream().anyMatch(item -> item.covers(path));
    }
}
