#!/usr/bin/env python3
"""Regenerate the golden expectations from CPython: for every case in cases/ (a NAME.py file, or a
NAME/ folder whose main module is main.py) run CPython 3.11 on it from its folder, as the simulator
names files (`File "NAME.py"`, not CPython's absolute path), and write NAME.expected.json = {stdout, stderr, exitCode}.

Cases named budget_* never finish: CPython is stopped after a few seconds and the expectation is
{stdout printed so far (python3 -u), timedOut: true}; the simulator must stop them by its budget.

Usage: python3 regenerate.py [NAME ...]   (no names: every case). Expected outputs are never typed
by hand; change a case's program and run this script.
       python3 regenerate.py --print NAME    print what CPython does now, write nothing (golden.test.ts
                                             uses it to prove the stored expectation)."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
BUDGET_PREFIX = "budget_"
NEVER_ENDING_SECONDS = 3


def python_env():
    # A fixed hash seed keeps anything hash-ordered stable; no user site or startup files.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", PYTHONNOUSERSITE="1")
    return env


def case_names():
    names = []
    for entry in sorted(os.listdir(CASES)):
        path = os.path.join(CASES, entry)
        if entry.endswith(".py") and os.path.isfile(path):
            names.append(entry[:-3])
        elif os.path.isdir(path) and os.path.exists(os.path.join(path, "main.py")):
            names.append(entry)
    return names


def where_to_run(name):
    """(folder, main file) as the simulator sees them."""
    folder = os.path.join(CASES, name)
    if os.path.isdir(folder):
        return folder, "main.py"
    return CASES, name + ".py"


def base_names(stderr, folder):
    # CPython 3.9+ makes the script's path absolute in tracebacks; the simulator names files by
    # their base names, as if run from their folder (DESIGN: `File "main.py", line 3, in f`).
    return stderr.replace(f'File "{folder}{os.sep}', 'File "')


def run_finishing(name):
    cwd, main = where_to_run(name)
    done = subprocess.run([sys.executable, "-B", main], cwd=cwd, env=python_env(), capture_output=True, timeout=60)
    stderr = base_names(done.stderr.decode(), cwd)
    return {"stdout": done.stdout.decode(), "stderr": stderr, "exitCode": done.returncode}


def run_never_ending(name):
    cwd, main = where_to_run(name)
    try:
        done = subprocess.run([sys.executable, "-B", "-u", main], cwd=cwd, env=python_env(), capture_output=True,
                              timeout=NEVER_ENDING_SECONDS)
    except subprocess.TimeoutExpired as stopped:
        return {"stdout": (stopped.stdout or b"").decode(), "timedOut": True}
    sys.exit(f"{name}: expected a program that never ends, but it exited with {done.returncode}")


def observe(name):
    return run_never_ending(name) if name.startswith(BUDGET_PREFIX) else run_finishing(name)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"the golden outputs are CPython 3.11's; this is {sys.version.split()[0]}")
    if sys.argv[1:2] == ["--print"]:
        print(json.dumps(observe(sys.argv[2]), ensure_ascii=False))
        return
    names = sys.argv[1:] or case_names()
    for name in names:
        expected = observe(name)
        with open(os.path.join(CASES, name + ".expected.json"), "w", encoding="utf-8") as out:
            json.dump(expected, out, indent=2, ensure_ascii=False)
            out.write("\n")
        print(f"{name}: exit {expected.get('exitCode', 'never')}")


if __name__ == "__main__":
    main()
