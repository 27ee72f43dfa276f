"""Progress while an import runs: a bar with rate and ETA on a terminal, plain lines otherwise.

Written by hand (a few lines) rather than adding a dependency such as tqdm.
"""

import sys
import time


class Progress:
    def __init__(self, total, label, stream=None, every=2.0):
        self.total = total
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.every = 0.2 if self.tty else every
        self.done = 0
        self.start = self.last = time.monotonic()

    def advance(self, count=1):
        self.done += count
        now = time.monotonic()
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            self._show(now)

    def _show(self, now):
        elapsed = max(now - self.start, 1e-6)
        rate = self.done / elapsed
        remaining = (self.total - self.done) / rate if rate and self.total else 0
        eta = f"{int(remaining // 60)}:{int(remaining % 60):02d}"
        if self.tty:
            width = 30
            filled = int(width * self.done / self.total) if self.total else width
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\r{self.label} [{bar}] {self.done}/{self.total} {rate:.1f}/s ETA {eta}"
            )
        else:
            self.stream.write(f"{self.label}: {self.done}/{self.total} ({rate:.1f}/s, ETA {eta})\n")
        self.stream.flush()

    def finish(self):
        if self.tty:
            self._show(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()
