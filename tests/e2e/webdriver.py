"""A small W3C WebDriver client over http.client (stdlib only), enough to drive IEP Desk
through tauri-driver. Each call raises WebDriverError with the driver's message on failure."""

import base64
import http.client
import json
import os
import signal
import subprocess
import time

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C web element identifier


class WebDriverError(Exception):
    pass


class Driver:
    """Starts tauri-driver on a port, opens one session on the app, and stops both."""

    def __init__(self, tauri_driver, app_bin, env, port=4444, log_path=None):
        self.port = port
        log = open(log_path, "ab") if log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            [tauri_driver, "--port", str(port)], env=env, stdout=log, stderr=log, start_new_session=True
        )
        self.session = None
        self._wait_ready()
        self._new_session(app_bin)

    def _wait_ready(self, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                self._raw("GET", "/status")
                return
            except OSError:
                time.sleep(0.2)
        raise WebDriverError("tauri-driver did not start")

    def _new_session(self, app_bin):
        caps = {"capabilities": {"alwaysMatch": {"tauri:options": {"application": app_bin}}}}
        last = None
        # tauri-driver sometimes drops the first reply while the app starts: retry.
        for _ in range(5):
            try:
                value = self._raw("POST", "/session", caps)
                self.session = value["sessionId"]
                return
            except (OSError, WebDriverError) as e:
                last = e
                time.sleep(1)
        raise WebDriverError(f"could not create a session: {last}")

    def _raw(self, method, path, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            payload = json.dumps(body) if body is not None else None
            conn.request(method, path, payload, {"Content-Type": "application/json"})
            resp = conn.getresponse()
            data = json.loads(resp.read() or b"{}")
        finally:
            conn.close()
        value = data.get("value")
        if resp.status >= 400:
            msg = f'{value.get("error")}: {value.get("message")}' if isinstance(value, dict) else value
            raise WebDriverError(f"{method} {path}: {resp.status} {msg}")
        return value

    def cmd(self, method, path, body=None):
        return self._raw(method, f"/session/{self.session}{path}", body)

    # ---- elements ---------------------------------------------------------------------------

    def find_all(self, css):
        return [e[ELEMENT] for e in self.cmd("POST", "/elements", {"using": "css selector", "value": css})]

    def wait(self, css, timeout=15, condition=None):
        """The first element matching css (and condition(el), if given) within timeout seconds."""
        deadline = time.time() + timeout
        while True:
            for el in self.find_all(css):
                if condition is None or condition(el):
                    return el
            if time.time() > deadline:
                raise WebDriverError(f"timed out waiting for {css}")
            time.sleep(0.1)

    def click(self, el):
        self.cmd("POST", f"/element/{el}/click", {})

    def type(self, el, text):
        self.cmd("POST", f"/element/{el}/value", {"text": text})

    def prop(self, el, name):
        return self.cmd("GET", f"/element/{el}/property/{name}")

    def attr(self, el, name):
        return self.cmd("GET", f"/element/{el}/attribute/{name}")

    def text(self, el):
        return self.cmd("GET", f"/element/{el}/text")

    def script(self, source, *args):
        return self.cmd("POST", "/execute/sync", {"script": source, "args": list(args)})

    def set_value(self, css, value):
        """For <select> and date inputs, whose native pickers WebDriver cannot type into: set the
        value and fire the events a user's choice fires."""
        ok = self.script(
            "const el = document.querySelector(arguments[0]); if (!el) return false;"
            "el.value = arguments[1];"
            "el.dispatchEvent(new Event('input', {bubbles: true}));"
            "el.dispatchEvent(new Event('change', {bubbles: true}));"
            "return el.value === arguments[1];",
            css,
            value,
        )
        if not ok:
            raise WebDriverError(f"could not set {css} to {value!r}")

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.cmd("GET", "/screenshot")))

    # ---- lifecycle --------------------------------------------------------------------------

    def quit(self):
        """Ends the session (which closes the app) and stops tauri-driver."""
        try:
            if self.session:
                self.cmd("DELETE", "")
        except (OSError, WebDriverError):
            pass
        self.stop()

    def stop(self):
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
