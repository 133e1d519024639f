"""Run a command and measure what the issue's targets speak of: wall time, and the peak resident
memory of the whole process tree at once (the build and the indexer beside it), not of one process.

`wait4`'s ru_maxrss gives the largest single process; two processes each at their peak together
need more, so /proc is read every INTERVAL seconds and the tree's RSS added up.
"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

INTERVAL = 0.05


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _rss(pid: int) -> tuple[str, int]:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "", 0
    name = next((line.split()[1] for line in status.splitlines() if line.startswith("Name:")), "")
    kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return name, kb * 1024


def tree_rss(root: int) -> dict[str, int]:
    """RSS of `root` and every descendant, added up per program name."""
    tree, todo, total = _children(), [root], {}
    while todo:
        pid = todo.pop()
        name, rss = _rss(pid)
        if rss:
            total[name] = total.get(name, 0) + rss
        todo += tree.get(pid, [])
    return total


def run(command: list[str], cwd: Path, env: dict, stdout=subprocess.DEVNULL) -> tuple[float, int, dict[str, int], int, str]:
    """(wall seconds, peak RSS of the tree, that peak per program, exit status, stderr's tail)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=env, stdout=stdout, stderr=subprocess.PIPE)
    peak = [0, {}]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            by_name = tree_rss(child.pid)
            if sum(by_name.values()) > peak[0]:
                peak[:] = [sum(by_name.values()), by_name]
            done.wait(INTERVAL)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = child.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    return wall, peak[0], peak[1], child.returncode, err.decode("utf-8", "replace")[-3000:]
