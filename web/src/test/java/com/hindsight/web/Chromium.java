package com.hindsight.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its driver ({@code apt-get install chromium chromium-driver};
 * .ci/run installs them). Selenium is pointed at both, so it never looks for or downloads a
 * browser (Selenium Manager stays unused). Where they are not installed, the browser tests are
 * skipped with a message saying so.
 */
final class Chromium {
    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** Skips the calling test class unless both are installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER)),
                "browser tests skipped: Debian's chromium and chromium-driver are not installed ("
                        + BROWSER + ", " + DRIVER + "); install them with apt-get install chromium"
                        + " chromium-driver (.ci/run does)");
    }

    /** A fresh headless browser with its own profile folder under {@code profile}. */
    static WebDriver start(Path profile, int width, int height) {
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
