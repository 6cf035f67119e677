package cn.ipfin.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager's links ({@code ${@pageLinks.to(n)}}, used by {@code fragments/pager}): the list's own address with every
 * filter the person chose, only the page changed. So a list page that gains a filter needs no change to its pager.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        // the query string stays as the browser encoded it; only the page number (digits) is put in
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }
}
