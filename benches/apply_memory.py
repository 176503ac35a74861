#!/usr/bin/env python3
"""The first apply's peak memory, on a quiet machine and on a busy one.

The streamed `apply` parses the file on its own thread and hands parsed parts to the walk
through a bounded channel (at most a few parts ahead), so its peak is set by the design and
not by how far parsing can outrun the walk. This measures it: a first `apply` of a tree of N
customers (each with a site, a probe and a contact: four entities a customer) into a new
store, once quiet and once with two busy loops (one per core of a 2-core machine) running
beside it, so the walk is starved while the parser keeps going. Peak memory is the child's
own, read by GNU time (`/usr/bin/time -f %M`). Nothing is asserted.

    python3 benches/apply_memory.py                      # 100,000 and 1,000,000 customers
    python3 benches/apply_memory.py --sizes 100000       # one size
    python3 benches/apply_memory.py --sizes 1000000 --quiet-only   # no busy run
    python3 benches/apply_memory.py --quick              # 1,000 customers, debug build
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scale import GNU_TIME, ROOT, tree_file  # noqa: E402

BUSY = "while True: pass"


def first_apply(binary, work, tree, busy, env):
    """(seconds, peak MiB) of a first apply of `tree` into a new store."""
    db = os.path.join(work, "store.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    loops = [subprocess.Popen([sys.executable, "-c", BUSY]) for _ in range(busy)]
    try:
        start = time.perf_counter()
        p = subprocess.run([GNU_TIME, "-f", "%M", binary, "--db", db, "-q", "apply", "-f", tree],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
    finally:
        for loop in loops:
            loop.kill()
            loop.wait()
    if p.returncode != 0:
        raise SystemExit(f"apply failed:\n{p.stderr.decode(errors='replace')}")
    return seconds, int(p.stderr.decode().strip().splitlines()[-1]) / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1,000 customers, debug build, one run")
    ap.add_argument("--sizes", help="comma-separated sizes in customers [default: 100000,1000000]")
    ap.add_argument("--bin", help="the portalctl binary [default: target/release, built here]")
    ap.add_argument("--quiet-only", action="store_true",
                    help="skip the busy runs (at 1,000,000 customers one takes over 20 minutes)")
    args = ap.parse_args()
    if not os.path.exists(GNU_TIME):
        raise SystemExit("needs GNU time (Debian: apt-get install time)")
    if args.bin:
        binary = args.bin
    else:
        profile = [] if args.quick else ["--release"]
        subprocess.run(["cargo", "build", "--quiet", "--locked", *profile], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, "target", "debug" if args.quick else "release", "portalctl")
    sizes = [1000] if args.quick else [int(s) for s in (args.sizes or "100000,1000000").split(",")]
    work = tempfile.mkdtemp(prefix="portalctl-memory-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTALCTL_")}
    env.update(HOME=work, NO_COLOR="1", XDG_CONFIG_HOME=os.path.join(work, "config"))
    rows = []
    try:
        for n in sizes:
            tree = os.path.join(work, f"tree-{n}.toml")
            tree_file(tree, n)
            size = os.path.getsize(tree) / 1024 / 1024
            machines = (("quiet", 0),) if args.quiet_only else (("quiet", 0), ("busy (2 loops)", 2))
            for label, busy in machines:
                seconds, mib = first_apply(binary, work, tree, busy, env)
                rows.append((n, size, label, seconds, mib))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"first apply: peak memory ({os.cpu_count()} cores)\n")
    print("| customers | file | machine | time | peak RSS |")
    print("|---|---|---|---|---|")
    for n, size, label, seconds, mib in rows:
        print(f"| {n:,} | {size:.1f} MiB | {label} | {seconds:.1f} s | {mib:.0f} MiB |")


if __name__ == "__main__":
    main()
