#!/usr/bin/env python3
"""A partner's own space on PostgreSQL: what row-level security costs a partner's staff.

It starts a throwaway cluster (as bench_pg.py does), makes a store of two partners with 5,000
customers each (each with a site, a probe and a contact), runs `db grants`, and times the same
work for two roles of the operator group: one that is the first partner's staff (scoped by the
database's policies) and one that is nobody's staff, narrowing with `--partner` instead:

- `-o json customer list` (staff) against `-o json customer list --partner P1` (unscoped);
- `-o json site list` likewise, and `probe list` (no --partner: the unscoped role lists both
  partners' probes, twice the rows);
- `export` (staff) against `export --partner P1`;
- `apply -f` of the partner's own tree, unchanged (a re-run), by each role.

Times are medians; the ratio is staff / unscoped (issue bar: within 1.5x). Nothing is asserted.

    python3 benches/space.py            # 2 x 5,000 customers, release build
    python3 benches/space.py --quick    # 2 x 200, one run: checks it still works
"""

import argparse
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_pg import build, start_cluster, stop_cluster, timed  # noqa: E402



def tree(path, partner, customers):
    with open(path, "w") as f:
        f.write(f'[[partner]]\nname = "{partner}"\nemail = "ops@{partner.lower()}.example"\n\n')
        for c in range(customers):
            f.write(
                f'[[partner.customer]]\nname = "{partner}-c{c}"\nemail = "it{c}@{partner.lower()}.example"\n\n'
                f'[[partner.customer.site]]\nname = "HQ"\n\n'
                f'[[partner.customer.site.probe]]\nname = "{partner}-p{c}"\n\n'
                f'[[partner.customer.contact]]\nemail = "k{c}@{partner.lower()}.example"\n\n'
            )


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--bin")
    args = ap.parse_args()
    if args.bin is None:
        args.bin = build(args.quick)
    runs = 1 if args.quick else args.runs
    per = 200 if args.quick else 5000

    work, bindir, port, psql = start_cluster("portalctl-space-")
    env = dict(os.environ, HOME=work, NO_COLOR="1", PGPASSWORD="")
    for k in list(env):
        if k.startswith("PORTALCTL_"):
            del env[k]
    url = lambda user: f"postgres://{user}@127.0.0.1:{port}/space?sslmode=disable"
    try:
        subprocess.run([*psql, "-d", "postgres", "-c", "CREATE DATABASE space"], check=True, env=env)
        trees = {}
        for p in ("P1", "P2"):
            trees[p] = os.path.join(work, f"{p}.toml")
            tree(trees[p], p, per)
            subprocess.run([args.bin, "--db", url("postgres"), "-q", "apply", "-f", trees[p]], check=True, env=env,
                           stdout=subprocess.DEVNULL)
        grants = subprocess.run([args.bin, "--db", url("postgres"), "db", "grants"], check=True, env=env,
                                capture_output=True, text=True).stdout
        subprocess.run([*psql, "-d", "space"], input=grants, text=True, check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run([*psql, "-d", "space", "-c",
                        "CREATE ROLE staff LOGIN; GRANT portalctl_operator TO staff;"
                        "CREATE ROLE unscoped LOGIN; GRANT portalctl_operator TO unscoped;"
                        "CREATE ROLE boss LOGIN; GRANT portalctl_admin TO boss;"
                        "ANALYZE"], check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run([args.bin, "--db", url("boss"), "partner", "grant", "P1", "--role", "staff"], check=True,
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def both(staff_args, unscoped_args):
            s = [timed([args.bin, "--db", url("staff"), *staff_args], env) for _ in range(runs)]
            u = [timed([args.bin, "--db", url("unscoped"), *unscoped_args], env) for _ in range(runs)]
            return statistics.median(s), statistics.median(u)

        rows = [
            (f"-o json customer list ({per:,} customers)",
             *both(["-o", "json", "customer", "list"], ["-o", "json", "customer", "list", "--partner", "P1"])),
            (f"-o json site list ({per:,} sites)",
             *both(["-o", "json", "site", "list"], ["-o", "json", "site", "list", "--partner", "P1"])),
            (f"-o json probe list ({per:,} probes; unscoped: all {2 * per:,})",
             *both(["-o", "json", "probe", "list"], ["-o", "json", "probe", "list"])),
            ("export of the partner's tree", *both(["export"], ["export", "--partner", "P1"])),
            ("apply of the partner's tree, unchanged",
             *both(["-q", "apply", "-f", trees["P1"]], ["-q", "apply", "-f", trees["P1"]])),
        ]
        print(f"partner staff (row-level security) against an unscoped role ({'quick' if args.quick else 'full'}; "
              f"median of {runs}; {os.cpu_count()} cores)\n")
        print("| figure | staff | unscoped | ratio | bar |\n|---|---|---|---|---|")
        for name, s, u in rows:
            print(f"| {name} | {s * 1000:.0f} ms | {u * 1000:.0f} ms | {s / u:.2f}x | <= 1.5x |")
        print("\n(`probe list` has no --partner: its unscoped side lists both partners' probes)")
    finally:
        stop_cluster(work, bindir)


if __name__ == "__main__":
    main()
