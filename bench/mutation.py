"""Mutation testing of one module against the tests that should guard it, with no tool to install.

Each mutant changes one operator or constant of the module (== and !=, < and <=, and/or, a `not`
dropped, True and False, a number ± 1, + and -), the module file is replaced by it, the given tests
run (stopping at the first failure), and the file is put back. A mutant the tests still pass is a
survivor: a change of behaviour no test notices, or an equivalent change (read each one).

    .venv/bin/python bench/mutation.py site_builder/model/docnumber.py tests/test_checker.py
    .venv/bin/python bench/mutation.py site_builder/model/citations.py tests/test_citations.py \\
        tests/test_citations_seeds.py --only find_citations,_with_list_items

`--only` keeps the mutants inside the named functions; `--list` prints the mutants without running.
Slow by nature (one test run per mutant): not part of scripts/test.

The module is rewritten in the working tree for each mutant, so nothing else may use that tree during a
run: a second run there (a lock file refuses it) or a test run would meet the other run's mutants. To
go on working, run it in a copy: `git archive HEAD | tar -x -C /tmp/copy`, then from /tmp/copy
`/path/to/.venv/bin/python bench/mutation.py …` (pytest imports the package from the working directory).
"""

from __future__ import annotations

import argparse
import ast
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCK = ".mutation-run"  # in REPO while a run has a mutant in place

_SWAPS = {
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.And: ast.Or, ast.Or: ast.And, ast.Add: ast.Sub, ast.Sub: ast.Add,
}


@dataclass
class Mutant:
    number: int  # the n-th mutable place in walk order
    line: int
    what: str


class _Mutator(ast.NodeTransformer):
    """Walks the tree counting mutable places; changes the `target`-th one (None: change nothing)."""

    def __init__(self, target: int | None, only: set[str] | None):
        self.target, self.only, self.seen, self.found, self.function = target, only, 0, [], []

    def _place(self, node, what: str) -> bool:
        if self.only is not None and not (set(self.function) & self.only):
            return False
        self.found.append(Mutant(self.seen, node.lineno, what))
        hit = self.seen == self.target
        self.seen += 1
        return hit

    def _in_function(self, node):
        self.function.append(node.name)
        self.generic_visit(node)
        self.function.pop()
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = _in_function

    def visit_Compare(self, node):
        self.generic_visit(node)
        for i, op in enumerate(node.ops):
            swap = _SWAPS.get(type(op))
            if swap and self._place(node, f"{type(op).__name__} → {swap.__name__}"):
                node.ops[i] = swap()
        return node

    def visit_BoolOp(self, node):
        self.generic_visit(node)
        swap = _SWAPS[type(node.op)]
        if self._place(node, f"{type(node.op).__name__} → {swap.__name__}"):
            node.op = swap()
        return node

    def visit_BinOp(self, node):
        self.generic_visit(node)
        swap = _SWAPS.get(type(node.op))
        if swap and self._place(node, f"{type(node.op).__name__} → {swap.__name__}"):
            node.op = swap()
        return node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._place(node, "not dropped"):
            return node.operand
        return node

    def visit_Constant(self, node):
        if isinstance(node.value, bool):
            if self._place(node, f"{node.value} → {not node.value}"):
                return ast.copy_location(ast.Constant(not node.value), node)
        elif isinstance(node.value, int) and self._place(node, f"{node.value} → {node.value + 1}"):
            return ast.copy_location(ast.Constant(node.value + 1), node)
        return node

    def visit_JoinedStr(self, node):  # f-string parts are text, not logic
        return node

    def visit_Expr(self, node):  # docstrings and other bare constants
        return node if isinstance(node.value, ast.Constant) else self.generic_visit(node)


def mutants(source: str, only: set[str] | None) -> list[Mutant]:
    walker = _Mutator(None, only)
    walker.visit(ast.parse(source))
    return walker.found


def mutated(source: str, mutant: Mutant, only: set[str] | None) -> str:
    tree = _Mutator(mutant.number, only).visit(ast.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree))


def run_tests(tests: list[str], timeout: float) -> bool:
    """True when the tests pass. A fresh bytecode cache each run: a mutant of the same size written in
    the same second as the last could otherwise be run from the last one's cached bytecode."""
    with tempfile.TemporaryDirectory(prefix="mutation-pycache-") as cache:
        env = {**os.environ, "PYTHONPYCACHEPREFIX": cache, "NO_MKDOCS_2_WARNING": "1"}
        try:
            result = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
                                    cwd=REPO, env=env, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return False  # a mutant that hangs is caught
    return result.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("module", help="the file to mutate, e.g. site_builder/model/docnumber.py")
    parser.add_argument("tests", nargs="+", help="the test files (or node ids) that should catch each mutant")
    parser.add_argument("--only", help="comma-separated function names: mutate only inside them")
    parser.add_argument("--list", action="store_true", help="print the mutants and stop")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per test run (default 600)")
    args = parser.parse_args()

    path = (REPO / args.module).resolve()
    original = path.read_text(encoding="utf-8")
    only = set(args.only.split(",")) if args.only else None
    found = mutants(original, only)
    lines = original.splitlines()
    if args.list:
        for m in found:
            print(f"{args.module}:{m.line}: {m.what}    {lines[m.line - 1].strip()}")
        print(f"{len(found)} mutants")
        return 0

    lock = REPO / LOCK
    try:
        lock.touch(exist_ok=False)
    except FileExistsError:
        print(f"{lock} exists: another run is mutating this tree (its mutants would fail these tests too). "
              "Run in a copy, or remove the file if no run is left.", file=sys.stderr)
        return 2
    # A stopped run (kill PID) still puts the module back: SystemExit runs the `finally` below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    survivors: list[Mutant] = []
    started = time.monotonic()
    try:
        if not run_tests(args.tests, args.timeout):
            print("the tests fail on the unchanged module: nothing to measure", file=sys.stderr)
            return 2
        for i, m in enumerate(found, start=1):
            path.write_text(mutated(original, m, only), encoding="utf-8")
            if run_tests(args.tests, args.timeout):
                survivors.append(m)
                print(f"[{i}/{len(found)}] SURVIVED {args.module}:{m.line}: {m.what}    {lines[m.line - 1].strip()}", flush=True)
            else:
                print(f"[{i}/{len(found)}] killed   {args.module}:{m.line}: {m.what}", flush=True)
    finally:
        path.write_text(original, encoding="utf-8")
        lock.unlink()
    killed = len(found) - len(survivors)
    print(f"\n{args.module}: {killed}/{len(found)} mutants killed ({100 * killed / max(len(found), 1):.0f} %), "
          f"{len(survivors)} survived, {time.monotonic() - started:.0f} s")
    for m in survivors:
        print(f"  {args.module}:{m.line}: {m.what}    {lines[m.line - 1].strip()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
