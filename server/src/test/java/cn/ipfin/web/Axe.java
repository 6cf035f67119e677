package cn.ipfin.web;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** axe-core (the webjar on the test classpath) run in a page: its serious and critical violations. */
final class Axe {

    private static final String SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final String source;

    Axe() throws IOException {
        try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
            if (in == null) throw new IOException(SCRIPT + " is not on the test classpath");
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The page's serious and critical violations, each as "path → impact rule: first targets". The page's context
     * must bypass CSP: the pages' policy forbids the inline script axe-core is injected as.
     */
    @SuppressWarnings("unchecked")
    List<String> violations(Page page, String path) {
        if (page.evaluate("() => typeof window.axe").equals("undefined")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(source));
        }
        List<String> serious = (List<String>) page.evaluate("""
                async () => {
                  const r = await axe.run(document, { resultTypes: ['violations'] });
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
                }""");
        return serious.stream().map(v -> path + " → " + v).toList();
    }
}
