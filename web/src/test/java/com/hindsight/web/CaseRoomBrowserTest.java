package com.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reviewer's steps in a real browser (headless Chromium through Selenium WebDriver). */
class CaseRoomBrowserTest {
    @TempDir
    static Path folder;
    @TempDir
    static Path profile;
    static CaseRoom room;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        Chromium.assumeInstalled();
        TinyWarehouse.publish(folder);
        room = CaseRoom.start(new CaseRoomSettings(folder, "127.0.0.1", 0, null, UiLanguage.ZH,
                ZoneId.of("Asia/Shanghai")));
        base = "http://127.0.0.1:" + room.port() + "/";
        browser = Chromium.start(profile, 1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (room != null) {
            room.close();
            TinyWarehouse.removeLinks(folder);
        }
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void chineseQueryGroupedCasesThenTheCaseAndItsLessons() {
        browser.get(base);
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("重复扣款");
        browser.findElement(By.id("search-button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        List<WebElement> cases = browser.findElements(By.cssSelector("li.case"));
        assertThat(cases).extracting(c -> c.getAttribute("data-incident")).containsExactly("INC-1");
        assertThat(cases.get(0).findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(browser.findElement(By.id("total")).getText()).contains("1 个案例");

        cases.get(0).findElement(By.cssSelector("a.case-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("lessons")));
        assertThat(browser.getCurrentUrl()).endsWith("/cases/INC-1");
        assertThat(browser.findElement(By.id("lessons")).getText()).contains("重大变更须完成回归测试和回退演练");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("首次声明").contains("未达标（超时）");
        WebElement chart = browser.findElement(By.cssSelector("#charts img"));
        assertThat(chart.getAttribute("naturalWidth")).isEqualTo("8");
    }

    @Test
    void aPastedDescriptionFindsTheRightPastIncidentFirst() {
        browser.get(base);
        browser.findElement(By.id("description")).sendKeys("员工把客户的个人信息卖给诈骗团伙，客户接到诈骗电话，怀疑数据泄露");
        browser.findElement(By.id("similar-button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("similar-results")));
        List<WebElement> found = browser.findElements(By.cssSelector("#similar-results li.case"));
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).getAttribute("data-incident")).isEqualTo("INC-2");
        assertThat(found.get(0).getText()).contains("加强客户数据访问权限管理");
    }

    @Test
    void aStoredScriptShowsAsText() {
        browser.get(base + "?q=" + java.net.URLEncoder.encode("还我钱", java.nio.charset.StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertThat(browser.findElement(By.cssSelector("li.snippet")).getText()).contains("<script>alert('xss')</script>");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void pathTraversalIsRefused() {
        browser.get(base + "files/../../etc/passwd");
        assertThat(browser.getPageSource()).doesNotContain("root:");
        assertThat(browser.findElement(By.id("error-title")).getText()).isEqualTo("未找到");
        browser.get(base + "files/%2e%2e/%2e%2e/etc/passwd");
        assertThat(browser.getPageSource()).doesNotContain("root:");
    }
}
