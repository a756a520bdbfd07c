"""Starts a real scalekit-sandbox on loopback and talks to it (for the contract tests)."""

import json
import os
import select
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


class Answer:
    def __init__(self, status, body):
        self.status = status
        self.body = body

    @property
    def ok(self):
        return 200 <= self.status < 300


class Sandbox:
    """scalekit-sandbox --host 127.0.0.1 --port 0, as tests/support/sandboxprocess.cpp starts it."""

    def __init__(self, binary, extra_args=(), timeout=30.0):
        # stderr to a file (a long sanitizer report at exit must not block on a full pipe)
        self.stderr = tempfile.TemporaryFile()
        self.process = subprocess.Popen([binary, "--host", "127.0.0.1", "--port", "0", *extra_args],
                                        stdout=subprocess.PIPE, stderr=self.stderr)
        lines = {}
        deadline = time.monotonic() + timeout
        buffer = b""
        while len(lines) < 3:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                self.stderr.seek(0)
                raise RuntimeError("scalekit-sandbox did not start: " + self.stderr.read().decode(errors="replace"))
            ready, _, _ = select.select([self.process.stdout], [], [], 0.2)
            if ready:
                buffer += os.read(self.process.stdout.fileno(), 4096)
                for line in buffer.decode(errors="replace").splitlines():
                    if "=" in line:
                        key, value = line.strip().split("=", 1)
                        if key in ("SCALEKIT_ENV_URL", "SCALEKIT_CLIENT_ID", "SCALEKIT_CLIENT_SECRET"):
                            lines[key] = value
        # Keep reading stdout so that the sandbox never blocks on a full pipe.
        threading.Thread(target=self._drain_stdout, daemon=True).start()
        self.url = lines["SCALEKIT_ENV_URL"]
        if not urllib.parse.urlparse(self.url).hostname.startswith("127."):
            raise RuntimeError("the sandbox must listen on loopback, not " + self.url)
        self.client_id = lines["SCALEKIT_CLIENT_ID"]
        self.client_secret = lines["SCALEKIT_CLIENT_SECRET"]
        self.token = None

    def stop_cleanly(self):
        """Stops the sandbox; returns "" when it exited 0, else its exit code and stderr's tail (a
        sanitizer report, say)."""
        self.stop()
        if self.process.returncode == 0:
            return ""
        self.stderr.seek(0)
        return "scalekit-sandbox exited with %s: %s" % (self.process.returncode,
                                                         self.stderr.read()[-3000:].decode(errors="replace"))

    def _drain_stdout(self):
        while os.read(self.process.stdout.fileno(), 4096):
            pass

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def _send(self, method, path, data=None, headers=None):
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                status, raw = reply.status, reply.read()
        except urllib.error.HTTPError as error:
            status, raw = error.code, error.read()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode(errors="replace")
        return Answer(status, body)

    def authenticate(self):
        form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": self.client_id,
                                       "client_secret": self.client_secret}).encode()
        answer = self._send("POST", "/oauth/token", form, {"Content-Type": "application/x-www-form-urlencoded"})
        if not answer.ok:
            raise RuntimeError("token request failed: %s" % answer.status)
        self.token = answer.body["access_token"]

    def control(self, path):
        return self._send("GET", path).body

    def api(self, method, path, body=None, query=None):
        if query:
            path += "?" + urllib.parse.urlencode(query, doseq=True)
        data = None if body is None else json.dumps(body).encode()
        headers = {"Authorization": "Bearer " + self.token}
        if data is not None:
            headers["Content-Type"] = "application/json"
        return self._send(method, path, data, headers)
