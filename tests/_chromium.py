"""Open a page in headless Chromium and collect what its console said (a test helper).

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``:
JSON messages ended by NUL on file descriptors 3 and 4), so no WebDriver, no websocket
library and no free port are needed, and every console message comes typed: console calls
with their level (``Runtime.consoleAPICalled``), uncaught exceptions
(``Runtime.exceptionThrown``) and the browser's own reports (``Log.entryAdded``: a blocked
load, a Content-Security-Policy violation). Scraping ``--enable-logging`` output instead
would depend on a log format that changes between versions and tells no levels apart.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import attrs

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_PROBLEM_LEVELS = frozenset({"error", "warning", "assert"})


def find_chromium() -> str | None:
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@attrs.frozen
class PageRun:
    """What a page did when loaded: its console problems, a value it computed, a picture."""

    problems: tuple[str, ...]
    value: Any
    screenshot: bytes


class _Pipe:
    def __init__(self, write_fd: int, read_fd: int) -> None:
        self.write_fd, self.read_fd = write_fd, read_fd
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> int:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self.write_fd, json.dumps(message).encode("utf-8") + b"\0")
        return self.next_id

    def call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        reply = self.wait(reply_to=self.send(method, params, session))
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply["result"]
        return result

    def wait(
        self, *, reply_to: int | None = None, event: str | None = None, timeout: float = 60
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message: dict[str, Any] = json.loads(raw)
                if "id" in message:
                    if message["id"] == reply_to:
                        return message
                    continue
                self.events.append(message)
                if message.get("method") == event:
                    return message
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"Chromium did not answer in {timeout} s")
            ready, _, _ = select.select([self.read_fd], [], [], left)
            if ready:
                chunk = os.read(self.read_fd, 1 << 16)
                if not chunk:
                    raise EOFError("Chromium closed the pipe")
                self.buffer += chunk


def _problem(event: dict[str, Any]) -> str | None:
    method, params = event.get("method"), event.get("params", {})
    if method == "Runtime.consoleAPICalled" and params.get("type") in _PROBLEM_LEVELS:
        args = " ".join(
            str(a.get("value", a.get("description", ""))) for a in params.get("args", [])
        )
        return f"console.{params['type']}: {args}"
    if method == "Runtime.exceptionThrown":
        details = params.get("exceptionDetails", {})
        thrown = details.get("exception", {}).get("description", "")
        return f"exception: {details.get('text')} {thrown}"
    if method == "Log.entryAdded":
        entry = params.get("entry", {})
        if entry.get("level") in _PROBLEM_LEVELS:
            return f"log.{entry['level']} ({entry.get('source')}): {entry.get('text')}"
    return None


def open_page(
    chromium: str, page: Path, expression: str, *, width: int = 1100, height: int | None = None
) -> PageRun:
    """Load ``page``, then evaluate ``expression`` in it; the console's errors and warnings,
    the expression's value and a screenshot (PNG) of the whole page, or of its first
    ``height`` pixels."""
    commands_read, commands_write = os.pipe()
    replies_read, replies_write = os.pipe()

    def descriptors() -> None:  # Chromium reads commands on fd 3 and answers on fd 4
        os.dup2(commands_read, 3)
        os.dup2(replies_write, 4)

    with tempfile.TemporaryDirectory() as profile:
        process = subprocess.Popen(
            [
                chromium,
                "--headless",
                "--disable-gpu",
                "--no-sandbox",  # root in containers; the page is our own
                "--no-first-run",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                f"--window-size={width},{height or 900}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(3, 4),
            preexec_fn=descriptors,  # noqa: PLW1509 - two dup2 calls, no lock taken
        )
        os.close(commands_read)
        os.close(replies_write)
        pipe = _Pipe(commands_write, replies_read)
        try:
            target = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            attached = pipe.call("Target.attachToTarget", {"targetId": target, "flatten": True})
            session = attached["sessionId"]
            for domain in ("Page", "Runtime", "Log"):
                pipe.call(f"{domain}.enable", session=session)
            pipe.call("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
            pipe.wait(event="Page.loadEventFired")
            evaluated = pipe.call(
                "Runtime.evaluate",
                {"expression": expression, "returnByValue": True},
                session=session,
            )
            shot = pipe.call(
                "Page.captureScreenshot",
                {"format": "png", "captureBeyondViewport": height is None},
                session=session,
            )
            pipe.send("Browser.close")
        finally:
            os.close(commands_write)
            os.close(replies_read)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    problems = tuple(p for p in map(_problem, pipe.events) if p is not None)
    return PageRun(problems, evaluated["result"].get("value"), base64.b64decode(shot["data"]))
