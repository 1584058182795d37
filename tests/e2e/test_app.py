"""IEP Desk end to end: the real app binary in a real (virtual) display, driven through
WebDriver. Run through scripts/e2e.sh (make e2e)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(__file__))
from webdriver import Driver, WebDriverError  # noqa: E402

APP = os.environ["IEPDESK_APP_BIN"]
CLI = os.environ["IEPDESK_CLI_BIN"]
TAURI_DRIVER = os.environ["TAURI_DRIVER"]
ARTIFACTS = os.environ.get("IEPDESK_E2E_ARTIFACTS", tempfile.gettempdir())

PRESENT_LEVELS = (
    "Reads short grade-level passages with support; decodes CVC words reliably. "
    "Prefers visual models. Café, naïve – “quotes” kept exactly."
)


def launch(db):
    env = dict(os.environ, IEPDESK_DB=db)
    return Driver(TAURI_DRIVER, APP, env, log_path=os.path.join(ARTIFACTS, "tauri-driver.log"))


def saved_state(d):
    return d.attr(d.wait("#save-status"), "data-state")


def wait_saved(d, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if saved_state(d) == "saved":
            return
        time.sleep(0.05)
    raise WebDriverError(f"never showed Saved (state {saved_state(d)!r})")


def fill_new_student(d):
    d.click(d.wait("#new-student-button"))
    d.type(d.wait("#student-first_name"), "Endtoend")
    d.type(d.wait("#student-last_name"), "Fictionalperson")
    d.set_value("#student-date_of_birth", "2014-05-06")
    d.type(d.wait("#student-osis"), "999777001")
    d.set_value("#student-home_language", "es")
    d.set_value("#student-parent_language", "es")
    d.type(d.wait("#student-school_dbn"), "02M999")
    d.set_value("#student-grade", "6")
    d.click(d.wait("#student-submit"))


def open_draft(d, name="Fictionalperson"):
    # WebKitWebDriver does not click table rows themselves; a person clicks the name.
    cell = d.wait("tr.student-row th.name", condition=lambda el: name in d.text(el))
    d.click(cell)
    d.click(d.wait("#open-draft"))
    return d.wait("#pl-academic_achievement")


def test_bad_input_then_student_present_levels_survive_restart(db):
    d = launch(db)
    try:
        # Bad input first: the form shows the error beside the field and nothing is created.
        d.type(d.wait("#profile-name"), "E2E Case Manager")
        d.set_value("#profile-role", "case_manager")
        d.click(d.wait("#profile-submit"))
        d.click(d.wait("#new-student-button"))
        d.type(d.wait("#student-osis"), "12345")
        d.click(d.wait("#student-submit"))
        err = d.wait("#student-osis-error")
        assert "9 digits" in d.text(err), d.text(err)
        d.screenshot(os.path.join(ARTIFACTS, "new-student-errors.png"))
        d.quit()

        out = subprocess.run([CLI, "students", "list", "--db", db, "--json"], capture_output=True, check=True)
        assert json.loads(out.stdout) == [], "a rejected form must create nothing"

        d = launch(db)
        # The profile exists now, so the app opens on the student list.
        fill_new_student(d)
        d.click(d.wait("#start-iep-draft"))
        box = d.wait("#pl-academic_achievement")
        d.type(box, PRESENT_LEVELS)
        wait_saved(d)
        status = d.prop(d.wait("#save-status"), "textContent").strip()
        assert status == "Saved", status
        step = d.wait('nav#steps li[data-step="present_levels"]')
        assert d.attr(step, "data-status") == "in_progress", d.attr(step, "data-status")
        d.screenshot(os.path.join(ARTIFACTS, "present-levels.png"))
    finally:
        d.quit()

    # Relaunch on the same database: every character is there.
    d = launch(db)
    try:
        box = open_draft(d)
        value = d.prop(box, "value")
        assert value == PRESENT_LEVELS, f"after restart: {value!r}"
    finally:
        d.quit()


def app_pids():
    out = subprocess.run(["pgrep", "-f", "-x", APP], capture_output=True, text=True)
    return [int(p) for p in out.stdout.split()]


def test_kill_9_during_autosave_burst_keeps_everything_shown_saved(db):
    d = launch(db)
    last_shown_saved = None
    try:
        open_draft(d)
        field = d.wait("#pl-social_development")
        d.click(field)
        for i in range(40):
            d.type(field, f" w{i}")
            if i % 10 == 9:
                # Pause like a person does, until the UI says Saved, and note what it showed.
                wait_saved(d)
                last_shown_saved = d.prop(field, "value")
        assert last_shown_saved.endswith(" w39")
        # A burst the kill interrupts: some of it may be saved, none of it was shown as saved.
        d.type(field, " tail1 tail2 tail3")
        pids = app_pids()
        assert pids, "app process not found"
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
    finally:
        d.stop()

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    d = launch(db)
    try:
        open_draft(d)
        value = d.prop(d.wait("#pl-social_development"), "value")
        assert value.startswith(last_shown_saved), f"shown saved {last_shown_saved!r}, found {value!r}"
    finally:
        d.quit()


def wait_gone(d, css, timeout=10):
    deadline = time.time() + timeout
    while d.find_all(css):
        if time.time() > deadline:
            raise WebDriverError(f"{css} still shown")
        time.sleep(0.1)


def test_meeting_missing_member_finding_then_referral_deadline(db):
    d = launch(db)
    try:
        open_draft(d)
        d.click(d.wait('nav#steps li[data-step="meeting"] button'))
        d.set_value("#setup-meeting_type", "annual_review")
        d.set_value("#setup-date", "2026-06-02")
        d.set_value("#setup-time", "09:00")
        d.type(d.wait("#setup-place"), "P.S. 999, room 101")
        d.click(d.wait("#setup-meeting"))

        # The real checks (crates/domain compliance) say who is missing, beside the participants.
        missing = '#f-meeting-participants-findings li[data-rule="district-representative-required"]'
        finding = d.wait(missing)
        assert "SOPM L1181" in d.text(finding), d.text(finding)
        step = d.wait('nav#steps li[data-step="meeting"]')
        assert int(d.attr(step, "data-blocking")) >= 1, d.attr(step, "data-blocking")
        d.screenshot(os.path.join(ARTIFACTS, "meeting-missing-member.png"))

        d.click(d.wait("#f-meeting-participants-add"))
        d.type(d.wait("#f-meeting-participants-0-name"), "Dee Fictionalrep")
        d.click(d.wait("#f-meeting-participants-0-roles-district_representative"))
        wait_gone(d, missing)
        wait_saved(d)

        # The compliance panel beside the wizard: record a referral date, see its deadline.
        d.set_value("#event-trigger", "referral_received")
        d.set_value("#event-date", "2026-03-03")
        d.click(d.wait("#record-event"))
        deadline = d.wait('li.deadline[data-rule="notice-of-referral"]')
        text = d.text(deadline)
        assert "due Tue 2026-03-10" in text and "5 school days after the referral" in text, text
        d.screenshot(os.path.join(ARTIFACTS, "compliance-panel.png"))
    finally:
        d.quit()


# In order: the second and third tests work on the draft the first one made.
TESTS = [
    test_bad_input_then_student_present_levels_survive_restart,
    test_kill_9_during_autosave_burst_keeps_everything_shown_saved,
    test_meeting_missing_member_finding_then_referral_deadline,
]


def main():
    only = sys.argv[1:]
    db = os.path.join(tempfile.mkdtemp(prefix="iepdesk-e2e-"), "e2e.sqlite3")
    passed = failed = 0
    for test in TESTS:
        if only and test.__name__ not in only:
            continue
        start = time.time()
        try:
            test(db)
            passed += 1
            print(f"ok   {test.__name__} ({time.time() - start:.1f} s)", flush=True)
        except Exception:
            failed += 1
            print(f"FAIL {test.__name__}", flush=True)
            traceback.print_exc()
    print(f"e2e: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
