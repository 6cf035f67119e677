package cn.ipfin.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static cn.ipfin.IntegrationTest.PASSWORD;

/**
 * Debian's Chromium driven by Playwright, offline: the flags keep it from calling hosts this machine cannot
 * reach. Screenshots go to target/screenshots.
 */
final class Chromium implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    final Browser browser;
    private final int port;

    Chromium(int port) throws Exception {
        this.port = port;
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("ipfin.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        // every action of the application page asks "确认执行此操作？": a user who clicked it means it
        page.onDialog(dialog -> dialog.accept());
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL("**/workspace");
        return page;
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
