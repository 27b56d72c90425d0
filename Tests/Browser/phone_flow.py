#!/usr/bin/env python3
"""The `recourse serve` phone story in a real browser (Debian's chromium + chromedriver, Selenium),
at a phone's viewport (390x844): pair, log a contact with a promise and a screenshot, see it on the
agenda and in `recourse show`, see the due date before saving, make a code for a second device,
subscribe the calendar, and check every page for sideways overflow.

Usage: phone_flow.py RECOURSE_BINARY SCREENSHOT_FOLDER
Prints one line per step; exits non-zero on the first failure.
"""
import os, subprocess, sys, tempfile, time, urllib.request
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

binary, shots = sys.argv[1], sys.argv[2]
os.makedirs(shots, exist_ok=True)
folder = tempfile.mkdtemp(prefix="recourse-browser-")
env = {"PATH": "/usr/bin:/bin", "HOME": folder, "TZ": "Asia/Shanghai", "LANG": "C.UTF-8",
       "RECOURSE_DB": folder + "/journal.sqlite"}
started = time.monotonic()

def check(condition, what):
    if not condition:
        print("FAIL:", what); sys.exit(1)
    print("ok:", what)

server = subprocess.Popen([binary, "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    pairing = server.stdout.readline().strip()
    check(pairing.startswith("http://127.0.0.1:") and "/pair?code=" in pairing, "first line is the pairing address: " + pairing)
    origin = pairing.split("/pair")[0]

    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"]:
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0}})
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
    try:
        def page(name):
            width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
            check(width[0] <= width[1], f"{name}: no horizontal overflow ({width[0]} <= {width[1]})")
            driver.save_screenshot(os.path.join(shots, name + ".png"))

        driver.get(origin + "/agenda")
        check(driver.current_url.endswith("/pair"), "without pairing, the agenda redirects to /pair")
        page("pair")
        phone_started = time.monotonic()
        driver.get(pairing)
        check(driver.current_url.endswith("/agenda"), "the pairing address opens the agenda")

        driver.get(origin + "/log")
        driver.find_element(By.NAME, "organization").send_keys("中国移动")
        Select(driver.find_element(By.NAME, "via")).select_by_value("phone")
        driver.find_element(By.NAME, "number").send_keys("10086")
        driver.find_element(By.NAME, "agent").send_keys("工号 4521")
        driver.find_element(By.NAME, "summary").send_keys("宽带断网三天，要求退费")
        driver.find_element(By.NAME, "promise").send_keys("退还本月宽带费")
        driver.find_element(By.NAME, "due").send_keys("明天下午5点")
        # The page's one script asks `recourse when` (log's own parser) as the words are typed.
        preview = WebDriverWait(driver, 20).until(lambda d: d.find_element(By.ID, "due-preview").text)
        check(preview.startswith("到期时间：") and "17:00" in preview, "the due date is shown live before saving: " + preview)
        shot = os.path.join(folder, "聊天截图.png")
        with open(shot, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + b"screenshot bytes" * 64)
        driver.find_element(By.NAME, "attach").send_keys(shot)
        page("log")
        driver.find_element(By.CSS_SELECTOR, "button[name=save]").click()
        WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CLASS_NAME, "done") or d.find_elements(By.CLASS_NAME, "error"))
        check(driver.current_url.endswith("/log"), "the form posts and redirects back")
        errors = [e.text for e in driver.find_elements(By.CLASS_NAME, "error")]
        check(not errors, "saved without errors " + repr(errors))
        done = driver.find_element(By.CLASS_NAME, "done").text
        check("聊天截图.png" in done, "the confirmation names the kept screenshot")
        print(f"phone: paired and logged a call with a screenshot in {time.monotonic() - phone_started:.1f} s")
        page("log-saved")

        driver.get(origin + "/agenda")
        check("退还本月宽带费" in driver.page_source, "the promise is on the agenda page")
        page("agenda")
        driver.get(origin + "/case/1")
        check("聊天截图.png" in driver.page_source, "the case timeline lists the screenshot")
        page("case")
        driver.get(origin + "/case/1/draft/complaint")
        page("draft")
        driver.get(origin + "/cases")
        check("宽带断网三天" in driver.page_source and "<pre" not in driver.page_source, "the cases page lists the case, as cards")
        page("cases")
        driver.get(origin + "/case/1/draft/regulator")
        check("/case/1/draft/regulator?to=" in driver.page_source, "the regulator's draft offers the bodies that take the case")
        page("regulator")
        driver.get(origin + "/check?q=10086")
        page("check")

        driver.get(origin + "/pair/new")
        driver.find_element(By.CSS_SELECTOR, "form[action='/pair/new'] button").click()
        another = WebDriverWait(driver, 20).until(expected_conditions.presence_of_element_located((By.ID, "pair-address"))).text
        check("/pair?code=" in another, "a paired phone makes a code for another device: " + another)
        page("pair-another")

        driver.get(origin + "/calendar")
        driver.find_element(By.NAME, "device").send_keys("我的手机")
        driver.find_element(By.CSS_SELECTOR, "form[action='/calendar/new'] button").click()
        link = WebDriverWait(driver, 20).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "code.link"))).text
        check("/calendar.ics?token=" in link, "a subscription link is shown once")
        page("calendar")
        feed = urllib.request.urlopen(link).read().decode()
        check("BEGIN:VCALENDAR" in feed and "退还本月宽带费" in feed, "the feed, fetched without a cookie, carries the promise")
    finally:
        driver.quit()

    shown = subprocess.run([binary, "show", "1"], env=env, capture_output=True, text=True)
    check(shown.returncode == 0 and "退还本月宽带费" in shown.stdout and "聊天截图.png" in shown.stdout,
          "`recourse show 1` from the command line has the promise and the screenshot")
finally:
    server.terminate()
    server.wait()
print(f"browser test passed in {time.monotonic() - started:.1f} s")
