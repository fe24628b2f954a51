#!/usr/bin/env python3
"""Measures a patient's Today page as a phone would load it, and prints the figures.

Run it against the production jar (see docs/benchmarks.md), signed in as a demo patient:

    python3 scripts/measure-today.py --base http://localhost:8080/ [--user patient] [--lighthouse]

Chromium with a phone profile through the DevTools protocol: 360 px wide, CPU slowed 4x, 1.6 Mbit/s down,
750 kbit/s up, 150 ms latency. It reports, cold (browser cache cleared) and warm (second load):
largest contentful paint, bytes transferred, the size of the first UIDL response, and the number of elements
(shadow roots included); then, without throttling, the server round trip of a tap (median of ten). With
--lighthouse it also runs Lighthouse 13 (mobile preset) for the performance and accessibility scores, cold and
warm, in the same signed-in browser (through its debugging port); that needs Node and downloads Lighthouse through
npx.

Needs: python3 with selenium, chromium and chromium-driver (the browser tests need them too).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PHONE = {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True}
NETWORK = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}
CPU_SLOWDOWN = 4
# Lighthouse drives the same, signed-in browser through this port
DEBUGGING_PORT = 9229


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--remote-debugging-port=" + str(DEBUGGING_PORT), "--user-data-dir=" + tempfile.mkdtemp()]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.set_script_timeout(60)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    return driver


def sign_in(driver, base, user, password):
    driver.get(base + "login")
    field = WebDriverWait(driver, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "input[name=username]"))
    time.sleep(1)
    field.send_keys(user)
    driver.find_element(By.CSS_SELECTOR, "input[name=password]").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "vaadin-button[slot=submit]").click()
    WebDriverWait(driver, 30).until(lambda d: "login" not in d.current_url)


def settled(driver):
    """Waits until the page shows the day (the check-in or the exercise cards) and Vaadin has no request open."""
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".exercise-card, .check-in, .notice"))
    WebDriverWait(driver, 60).until(lambda d: d.execute_script(
        "const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
        "return !c || Object.values(c).every(client => !client.isActive || !client.isActive());"))
    time.sleep(0.5)


def answer_check_in(driver):
    questions = driver.find_elements(By.CSS_SELECTOR, ".check-in-question")
    if len(questions) != 2:
        return
    for question in questions:
        no = [b for b in question.find_elements(By.CSS_SELECTOR, "button.chip")
              if b.get_attribute("textContent").strip() == "No"][0]
        driver.execute_script("arguments[0].click()", no)
        time.sleep(0.5)
    driver.execute_script("arguments[0].click()", driver.find_element(By.CSS_SELECTOR, ".check-in-continue"))
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".exercise-card"))


FIGURES = """
const lcp = await new Promise(resolve => {
  new PerformanceObserver(list => { const e = list.getEntries(); resolve(e[e.length - 1].startTime); })
    .observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => resolve(null), 3000);
});
const navigation = performance.getEntriesByType('navigation')[0];
const resources = performance.getEntriesByType('resource');
const transferred = navigation.transferSize + resources.reduce((sum, r) => sum + (r.transferSize || 0), 0);
// the first UIDL response: the one that carries the view (the init request before it is the bootstrap)
const uidl = resources.filter(r => r.name.includes('v-r=uidl')).sort((a, b) => a.startTime - b.startTime);
const count = root => [...root.querySelectorAll('*')].reduce((n, e) => n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
return {lcp, transferred, firstUidl: uidl.length ? uidl[0].decodedBodySize : null, elements: count(document)};
"""


def page_figures(driver):
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; (async () => {" + FIGURES + "})().then(done);")


def load(driver, base, cold):
    if cold:
        driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get(base + "today")
    settled(driver)
    return page_figures(driver)


def tap_round_trips(driver, base, taps=10):
    """
    Taps pain scores on the first card and times each tap's request to the server (responseEnd - startTime): the
    day's action request (the page shows the tap at once; this is the server's answer to it).
    """
    driver.get(base + "today")
    settled(driver)
    card = driver.find_elements(By.CSS_SELECTOR, ".exercise-card")[0]
    times = []
    for n in range(taps):
        chips = [c for c in card.find_elements(By.CSS_SELECTOR, ".pain-field button.chip")
                 if c.get_attribute("textContent").strip() == str(n % 4)]
        driver.execute_script("performance.clearResourceTimings()")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", chips[0])
        entry = WebDriverWait(driver, 30).until(lambda d: d.execute_script(
            "const r = performance.getEntriesByType('resource').filter(e => e.name.includes('/actions'));"
            "return r.length && r[0].responseEnd > 0 ? r[0].responseEnd - r[0].startTime : null;"))
        times.append(entry)
        time.sleep(0.3)
    return times


# the patient's other pages, whose accessibility is checked too
PATIENT_PAGES = ["history", "messages", "account/notifications", "record-access", "account/sessions"]


def lighthouse(driver, base, warm, page="today", categories="performance,accessibility"):
    """Lighthouse in the signed-in browser: its storage (the session cookie) is kept; cold clears the HTTP cache."""
    npx = shutil.which("npx")
    if not npx:
        return {"error": "npx not found: Lighthouse needs Node"}
    if not warm:
        driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    out = tempfile.mktemp(suffix=".json")
    command = [npx, "-y", "lighthouse@13", base + page, "--quiet", "--output=json", "--output-path=" + out,
               "--only-categories=" + categories, "--form-factor=mobile",
               "--port=" + str(DEBUGGING_PORT), "--disable-storage-reset"]
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(out):
        return {"error": "Lighthouse wrote no report"}
    with open(out) as file:
        report = json.load(file)
    audits = report["audits"]
    accessibility = {"url": report.get("finalDisplayedUrl"),
                     "accessibility": report["categories"]["accessibility"]["score"],
                     "accessibility_failing": [ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"]
                                               if ref["weight"] > 0 and audits[ref["id"]]["score"] not in (None, 1)]}
    if "performance" not in report["categories"]:
        return accessibility
    return {"url": report.get("finalDisplayedUrl"),
            "performance": report["categories"]["performance"]["score"],
            "accessibility": report["categories"]["accessibility"]["score"],
            "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
            "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
            "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
            "accessibility_failing": [ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"]
                                      if ref["weight"] > 0 and audits[ref["id"]]["score"] not in (None, 1)]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://localhost:8080/")
    parser.add_argument("--user", default="patient")
    parser.add_argument("--password", default="rehabit-demo")
    parser.add_argument("--lighthouse", action="store_true")
    args = parser.parse_args()
    base = args.base if args.base.endswith("/") else args.base + "/"

    driver = browser()
    try:
        sign_in(driver, base, args.user, args.password)
        driver.get(base + "today")
        settled(driver)
        answer_check_in(driver)
        results = {}
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions", NETWORK)
        driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        results["cold"] = load(driver, base, cold=True)
        results["warm"] = load(driver, base, cold=False)
        driver.execute_cdp_cmd("Emulation.setCPUThrottlingRate", {"rate": 1})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        results["loopback"] = load(driver, base, cold=False)
        taps = tap_round_trips(driver, base)
        results["tap_ms"] = {"median": round(statistics.median(taps)), "max": round(max(taps))}
        if args.lighthouse:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            results["lighthouse_cold"] = lighthouse(driver, base, warm=False)
            results["lighthouse_warm"] = lighthouse(driver, base, warm=True)
            for page in PATIENT_PAGES:
                results["lighthouse_" + page] = lighthouse(driver, base, True, page, "accessibility")
    finally:
        driver.quit()

    for run in ("cold", "warm", "loopback"):
        figures = results[run]
        print(f"{run:9} LCP {figures['lcp'] and round(figures['lcp'])} ms, {figures['transferred'] / 1024:.0f} kB "
              f"transferred, first UIDL {figures['firstUidl'] and round(figures['firstUidl'] / 1024, 1)} kB, "
              f"{figures['elements']} elements")
    print(f"tap      server round trip median {results['tap_ms']['median']} ms, max {results['tap_ms']['max']} ms")
    for run in [key for key in results if key.startswith("lighthouse_")]:
        print(f"{run}: {results[run]}")


if __name__ == "__main__":
    main()
