"""A real phone browser: Debian's chromium (headless, a phone's viewport) driven by selenium
logs in with the judge's link and PIN, scores a whole entry, loses the Wi-Fi, scores another
(kept on the phone), and the laptop has both once the Wi-Fi is back.

Skips cleanly when chromium or chromedriver is not installed (scripts/install-system-deps.sh).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from ssc_desktop.web.judge_server import JudgeServer

from tests.core.test_judge_phones import make_contest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs chromium and chromedriver")
PHONE = {"width": 390, "height": 844, "pixelRatio": 2.0}
# Screenshots go to $SSC_SCREENSHOTS when set (SSC_SCREENSHOTS=docs refreshes the README's), else /tmp.
SCREENSHOTS = Path(os.environ.get("SSC_SCREENSHOTS") or tempfile.gettempdir())


@pytest.fixture
def browser():
    yield from phone_browser("en-US,en")


@pytest.fixture
def japanese_browser():
    yield from phone_browser("ja-JP,ja")


def phone_browser(accept_languages: str):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="ssc-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={PHONE['width']},{PHONE['height']}",
    ):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": accept_languages})
    options.add_experimental_option(
        "mobileEmulation",
        {"deviceMetrics": PHONE, "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36"},
    )
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(condition, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("the page did not get there in time")


def score_entry(driver, levels: list[str]) -> None:
    from selenium.webdriver.common.by import By

    sets = driver.find_elements(By.CSS_SELECTOR, "#criteria fieldset")
    assert len(sets) == len(levels)
    for fieldset, level in zip(sets, levels, strict=True):
        button = fieldset.find_element(By.CSS_SELECTOR, f".levels button[data-value='{level}']")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        assert button.get_attribute("aria-pressed") == "true"


def test_a_judge_scores_from_a_phone_even_through_a_wifi_drop(services, make_event, browser) -> None:
    from selenium.webdriver.common.by import By

    contest = make_contest(services, make_event, blind=True)
    server = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0).start()
    try:
        link = next(link.url for link in server.links() if link.name == "Judge 1")
        judge = next(j for j in services.contests.list_judges(contest.id) if j.name == "Judge 1")
        browser.get(link)
        assert browser.execute_script("return window.innerWidth") == PHONE["width"]
        wait_for(lambda: browser.find_element(By.ID, "login").is_displayed())
        browser.save_screenshot(str(SCREENSHOTS / "judge-phone-pin.png"))
        browser.find_element(By.ID, "pin").send_keys("9999")
        browser.find_element(By.ID, "pin-button").click()
        wait_for(lambda: "not right" in browser.find_element(By.ID, "login-error").text)
        browser.find_element(By.ID, "pin").send_keys("1001")
        browser.find_element(By.ID, "pin-button").click()
        wait_for(lambda: browser.find_element(By.ID, "list").is_displayed())
        items = browser.find_elements(By.CSS_SELECTOR, "#entries button")
        own = services.contests.judge_work(judge.id).items
        assert [i.text.split("\n")[0] for i in items] == [f"{i.code}{i.title}" for i in own] or len(items) == len(own)
        assert "Ananya" not in browser.page_source and "School 1" not in browser.page_source
        assert f"0 of {len(own)} scored" in browser.find_element(By.ID, "progress").text

        items[0].click()
        wait_for(lambda: browser.find_element(By.ID, "entry").is_displayed())
        assert "8–10: strong" in browser.find_element(By.ID, "criteria").text  # the level guide
        browser.find_element(By.ID, "save").click()  # nothing chosen yet: told which criterion
        assert "Choose a level for Merit" in browser.find_element(By.ID, "score-error").text
        score_entry(browser, ["8", "3.5"])
        current = browser.find_element(By.CSS_SELECTOR, "#criteria fieldset .guide li.current")
        assert current.text == "8–10: strong"
        browser.find_element(By.ID, "comment").send_keys("Clear figures")
        browser.save_screenshot(str(SCREENSHOTS / "judge-phone-entry.png"))
        browser.find_element(By.ID, "save").click()
        first = own[0]
        wait_for(lambda: next(i for i in services.contests.judge_work(judge.id).items if i.id == first.id).complete)
        saved = next(i for i in services.contests.judge_work(judge.id).items if i.id == first.id)
        assert sorted(saved.scores.values()) == [3.5, 8.0] and saved.comment == "Clear figures"
        assert {c.source for c in services.contests.score_changes(contest.id)} == {"phone"}
        wait_for(lambda: "✓ Scored" in browser.find_element(By.ID, "entries").text)

        # The Wi-Fi drops: the next entry's scores stay on the phone, said so, and go when it returns.
        browser.execute_cdp_cmd("Network.enable", {})
        browser.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        browser.find_elements(By.CSS_SELECTOR, "#entries button")[1].click()
        score_entry(browser, ["4", "1"])
        browser.find_element(By.ID, "save").click()
        wait_for(lambda: "Kept on this phone: 1" in browser.find_element(By.ID, "banner").text)
        assert "Waiting to send" in browser.find_element(By.ID, "entries").text
        browser.save_screenshot(str(SCREENSHOTS / "judge-phone-list-offline.png"))
        second = own[1]
        time.sleep(1)
        assert not next(i for i in services.contests.judge_work(judge.id).items if i.id == second.id).scores
        browser.execute_cdp_cmd(
            "Network.emulateNetworkConditions",
            {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
        )
        wait_for(
            lambda: next(i for i in services.contests.judge_work(judge.id).items if i.id == second.id).complete,
            timeout=15,
        )
        wait_for(lambda: "Waiting to send" not in browser.find_element(By.ID, "entries").text)
        assert browser.execute_script(
            "return localStorage.length === 0 || Object.values(localStorage).every(v => v === '{}')"
        )
        assert "2 of" in browser.find_element(By.ID, "progress").text
    finally:
        server.stop()


def test_a_japanese_phone_gets_the_page_in_japanese(services, make_event, japanese_browser) -> None:
    """The phone's own language setting reaches the server, which answers in the shipped translation."""
    from selenium.webdriver.common.by import By

    from ssc_desktop import languages

    contest = make_contest(services, make_event)
    server = JudgeServer(services.judge_phones, contest.id, "127.0.0.1", 0).start()
    try:
        japanese_browser.get(next(link.url for link in server.links() if link.name == "Judge 1"))
        wait_for(lambda: japanese_browser.find_element(By.ID, "login").is_displayed())
        assert japanese_browser.execute_script("return document.documentElement.lang") == "ja"
        japanese_browser.find_element(By.ID, "pin").send_keys("9999")
        japanese_browser.find_element(By.ID, "pin-button").click()
        wrong = languages.translations_of("ja", "DomainError")[
            "That PIN is not right. Try again, or ask the coordinator."
        ]
        wait_for(lambda: japanese_browser.find_element(By.ID, "login-error").text == wrong)
    finally:
        server.stop()
