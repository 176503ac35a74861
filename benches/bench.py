#!/usr/bin/env python3
"""portalctl against the SQLite floor: the sqlite3 shell doing the same storage work.

Every figure is measured in the same run on the same machine and reported as a ratio
(portalctl / sqlite3) where there is a shell equivalent: the machine is shared and noisy,
absolute times move, ratios hold. Times are medians of several runs; peak memory is the
child's own peak RSS, read by GNU time (/usr/bin/time). No figure is asserted: this prints,
it does not fail on a slow machine.

    python3 benches/bench.py            # full: 10k / 100k / 1M customer stores
    python3 benches/bench.py --quick    # small sizes, one run: checks the bench still works
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-01-01T00:00:00Z"


def run(cmd, stdin=None, stdout=subprocess.DEVNULL, env=None):
    """Runs cmd; returns (seconds, max RSS in KiB, exit code)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        err = p.stderr.read().decode(errors="replace") if p.stderr else ""
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{err}")
    if p.stderr:
        p.stderr.close()
    return elapsed, usage.ru_maxrss, p.returncode


def child_peak_kib(cmd, env):
    """The child's own peak RSS in KiB, by GNU time (`wait4()` from this forking interpreter
    counts its own pages, about 14 MiB, in every child); NaN without /usr/bin/time."""
    if not os.path.exists("/usr/bin/time"):
        return float("nan")
    p = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')}")
    return int(p.stderr.decode().strip().splitlines()[-1])


def median_time(make_cmd, runs, prepare=None, stdin_path=None, env=None):
    times = []
    for _ in range(runs):
        if prepare:
            prepare()
        stdin = open(stdin_path, "rb") if stdin_path else None
        try:
            t, _, _ = run(make_cmd(), stdin=stdin, env=env)
        finally:
            if stdin:
                stdin.close()
        times.append(t)
    return statistics.median(times)


def tree_file(path, partners, customers):
    with open(path, "w") as f:
        for p in range(partners):
            f.write(f'[[partner]]\nname = "partner-{p}"\nemail = "ops{p}@partner.example"\n\n')
            for c in range(customers):
                f.write(f'[[partner.customer]]\nname = "customer-{p}-{c}"\nemail = "it{c}@customer{p}.example"\n\n')
                f.write(f'[[partner.customer.site]]\nname = "site-{c}"\n\n')
                f.write(f'[[partner.customer.site.probe]]\nname = "probe-{p}-{c}"\n\n')


def sql_script(path, partners, customers):
    """The same storage work as the tree file: same tables, keys and indexes, one transaction."""
    with open(path, "w") as f:
        f.write("PRAGMA foreign_keys=ON;\nBEGIN IMMEDIATE;\n")
        cid = 0
        for p in range(1, partners + 1):
            f.write(f"INSERT INTO partner(id,name,email,created_at,updated_at) VALUES({p},'partner-{p-1}','ops{p-1}@partner.example','{NOW}','{NOW}');\n")
            for c in range(customers):
                cid += 1
                f.write(f"INSERT INTO customer(id,partner_id,name,email,created_at,updated_at) VALUES({cid},{p},'customer-{p-1}-{c}','it{c}@customer{p-1}.example','{NOW}','{NOW}');\n")
                f.write(f"INSERT INTO site(id,customer_id,name,created_at,updated_at) VALUES({cid},{cid},'site-{c}','{NOW}','{NOW}');\n")
                f.write(f"INSERT INTO probe(id,site_id,name,token_hash,token_last4,token_issued_at,created_at,updated_at) VALUES({cid},{cid},'probe-{p-1}-{c}',randomblob(32),'XXXX','{NOW}','{NOW}','{NOW}');\n")
        f.write("COMMIT;\n")


def fill_direct_customers(db, n):
    """Adds n direct customers with one SQL statement (a generator for the largest stores)."""
    sql = f"""
    PRAGMA foreign_keys=ON;
    WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {n})
    INSERT INTO customer(name, email, created_at, updated_at)
    SELECT 'bulk-' || i, 'it' || i || '@bulk.example', '{NOW}', '{NOW}' FROM seq;
    """
    subprocess.run(["sqlite3", db], input=sql.encode(), check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes, one run")
    ap.add_argument("--runs", type=int, default=7, help="runs per timing (median)")
    ap.add_argument("--bin", help="the binary to measure [default: a fresh release build; "
                    "--quick: the debug build]")
    args = ap.parse_args()
    if shutil.which("sqlite3") is None:
        raise SystemExit("the sqlite3 shell is needed (Debian: apt-get install sqlite3)")
    if args.bin is None:
        profile = [] if args.quick else ["--release"]
        subprocess.run(["cargo", "build", *profile, "--locked", "--quiet"], cwd=ROOT, check=True)
        args.bin = os.path.join(ROOT, "target", "debug" if args.quick else "release", "portalctl")
    runs = 1 if args.quick else args.runs
    partners, per = (2, 50) if args.quick else (10, 1000)
    big = 20_000 if args.quick else 1_000_000
    mid = 5_000 if args.quick else 100_000
    sites, probes_per_site = (50, 2) if args.quick else (2000, 2)
    writers, per_writer = (4, 5) if args.quick else (16, 40)

    bin_ = args.bin
    work = tempfile.mkdtemp(prefix="portalctl-bench-")
    env = dict(os.environ, HOME=work, NO_COLOR="1")
    for k in list(env):
        if k.startswith("PORTALCTL_"):
            del env[k]
    rows = []

    def pc(db, *a):
        return [bin_, "--db", db, *a]

    empty = os.path.join(work, "empty.db")
    subprocess.run(pc(empty, "db", "migrate"), check=True, env=env, stderr=subprocess.DEVNULL)
    tree = os.path.join(work, "tree.toml")
    script = os.path.join(work, "tree.sql")
    tree_file(tree, partners, per)
    sql_script(script, partners, per)
    entities = partners * (1 + 3 * per)

    # 1. apply vs the SQL script, each into a fresh empty store.
    target = os.path.join(work, "apply.db")

    def fresh():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(target + suffix):
                os.remove(target + suffix)
        shutil.copy(empty, target)

    t_apply = median_time(lambda: pc(target, "-q", "apply", "-f", tree), runs, fresh)
    t_sql = median_time(lambda: ["sqlite3", target], runs, fresh, stdin_path=script)
    rows.append((f"apply of {entities:,} entities vs SQL script", t_apply, t_sql, 3.0, 1.5))
    t_reapply = median_time(lambda: pc(target, "-q", "apply", "-f", tree), runs)
    rows.append((f"re-apply of the same file (all unchanged)", t_reapply, None, None, None))

    # 2. and 3. on the applied store (partners x customers customers).
    store = target
    n_customers = partners * per
    list_sql = ("SELECT c.id, c.partner_id, p.name AS partner, c.name, c.email, c.workflow, c.active, "
                "c.portal, c.display_name, c.logo_url, c.primary_color, c.support_email, c.created_at, "
                "c.updated_at FROM customer c LEFT JOIN partner p ON p.id = c.partner_id ORDER BY c.name")
    t_list = median_time(lambda: pc(store, "-o", "json", "customer", "list"), runs)
    t_list_sql = median_time(lambda: ["sqlite3", "-json", store, list_sql], runs)
    rows.append((f"-o json customer list of {n_customers:,}", t_list, t_list_sql, 2.0, 1.2))

    mid_p, mid_c = partners // 2, per // 2
    show_sql = ("SELECT c.*, p.name FROM customer c LEFT JOIN partner p ON p.id = c.partner_id "
                f"WHERE c.name = 'customer-{mid_p}-{mid_c}' AND ifnull(c.partner_id, 0) = {mid_p + 1}")
    show_runs = runs * 3
    t_show = median_time(lambda: pc(store, "customer", "show", f"customer-{mid_p}-{mid_c}", "--partner", f"partner-{mid_p}"), show_runs)
    t_show_sql = median_time(lambda: ["sqlite3", store, show_sql], show_runs)
    rows.append((f"customer show NAME --partner P ({n_customers:,})", t_show, t_show_sql, 1.5, 1.0))

    # 3b. a Tab after `customer show customer-5-`: the shell's call, answered from the store.
    comp_env = dict(env, PORTALCTL_COMPLETE="bash", _CLAP_COMPLETE_INDEX="5", _CLAP_IFS="\n")
    comp_cmd = [bin_, "--", "portalctl", "--db", store, "customer", "show", f"customer-{mid_p}-"]
    got = subprocess.run(comp_cmd, env=comp_env, capture_output=True, check=True).stdout.decode()
    offered = len([c for c in got.splitlines() if c.strip()])
    if offered < per:
        raise SystemExit(f"completion offered {offered} names, expected at least {per}")
    t_comp = median_time(lambda: comp_cmd, show_runs, env=comp_env)
    rows.append((f"completion of customer names ({n_customers:,}; {offered} offered)", t_comp, None, "100 ms", "20 ms"))

    # 4. cascade delete of a customer with many sites and probes.
    cascade = os.path.join(work, "cascade.db")
    shutil.copy(empty, cascade)
    gen = f"""
    PRAGMA foreign_keys=ON; BEGIN;
    INSERT INTO customer(id, name, email, created_at, updated_at) VALUES (1, 'Big', 'b@big.example', '{NOW}', '{NOW}');
    WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {sites})
    INSERT INTO site(id, customer_id, name, created_at, updated_at) SELECT i, 1, 'site-' || i, '{NOW}', '{NOW}' FROM seq;
    WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {sites * probes_per_site})
    INSERT INTO probe(site_id, name, token_hash, token_last4, token_issued_at, created_at, updated_at)
    SELECT (i - 1) % {sites} + 1, 'probe-' || i, randomblob(32), 'XXXX', '{NOW}', '{NOW}', '{NOW}' FROM seq;
    COMMIT;"""
    deletes = []
    for _ in range(runs):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(cascade + suffix):
                os.remove(cascade + suffix)
        shutil.copy(empty, cascade)
        subprocess.run(["sqlite3", cascade], input=gen.encode(), check=True)
        t, _, _ = run(pc(cascade, "-q", "customer", "delete", "Big", "--yes"), env=env)
        deletes.append(t)
    rows.append((f"cascade delete: 1 customer, {sites:,} sites, {sites * probes_per_site:,} probes",
                 statistics.median(deletes), None, "100 ms", "50 ms"))

    # 5. peak memory of streaming lists, stdout not a terminal.
    for size in (mid, big):
        db = os.path.join(work, f"list-{size}.db")
        shutil.copy(empty, db)
        fill_direct_customers(db, size)
        for fmt in ("json", "csv"):
            with open(os.devnull, "wb") as null:
                t, _, _ = run(pc(db, "-o", fmt, "customer", "list", "--sort", "id"), stdout=null, env=env)
            rss = child_peak_kib(pc(db, "-o", fmt, "customer", "list", "--sort", "id"), env)
            rows.append((f"-o {fmt} list of {size:,} rows: peak RSS", rss / 1024.0, None, "50 MiB", "20 MiB", "MiB", t))
        t_show_big = median_time(lambda: pc(db, "customer", "show", f"bulk-{size // 2}", "--direct"), show_runs)
        t_show_big_sql = median_time(lambda: ["sqlite3", db, f"SELECT * FROM customer WHERE name = 'bulk-{size // 2}' AND ifnull(partner_id, 0) = 0"], show_runs)
        rows.append((f"customer show NAME --direct ({size:,})", t_show_big, t_show_big_sql, None, None))

    # 6. parallel writers against the serial rate.
    def creates(db, procs, per_proc):
        cmd = (f"for i in $(seq 1 {per_proc}); do '{bin_}' --db '{db}' -q customer create \"c-$P-$i\" "
               f"--direct --email ops@example.com >/dev/null || exit 1; done")
        start = time.perf_counter()
        ps = [subprocess.Popen(["sh", "-c", cmd], env=dict(env, P=str(p)), stderr=subprocess.DEVNULL) for p in range(procs)]
        failures = sum(1 for p in ps if p.wait() != 0)
        return time.perf_counter() - start, failures

    par_db, ser_db = os.path.join(work, "par.db"), os.path.join(work, "ser.db")
    t_par, failures = creates(par_db, writers, per_writer)
    t_ser, _ = creates(ser_db, 1, writers * per_writer)
    got = subprocess.run(["sqlite3", par_db, "SELECT count(*) FROM customer"], capture_output=True, check=True).stdout.decode().strip()
    total = writers * per_writer
    rate_par, rate_ser = total / t_par, total / t_ser
    rows.append((f"{writers} processes x {per_writer} creates: {failures} failures, {got}/{total} rows",
                 rate_par, rate_ser, "0 failures", ">= 80 % serial", "creates/s"))

    shutil.rmtree(work, ignore_errors=True)
    print(f"portalctl benchmarks ({'quick' if args.quick else 'full'}; median of {runs} run(s); {os.cpu_count()} cores)\n")
    print(f"| figure | portalctl | sqlite3 shell | ratio | must | aim |")
    print(f"|---|---|---|---|---|---|")
    for r in rows:
        name, ours, theirs, must, aim = r[:5]
        unit = r[5] if len(r) > 5 else "s"
        if unit == "s":
            o = f"{ours * 1000:.1f} ms"
            t = f"{theirs * 1000:.1f} ms" if theirs is not None else "-"
        elif unit == "MiB":
            o, t = f"{ours:.1f} MiB ({r[6]:.2f} s)", "-"
        else:
            o, t = f"{ours:.0f} {unit}", f"{theirs:.0f} {unit} (serial)"
        if theirs is not None and unit == "s":
            ratio = f"{ours / theirs:.2f}x"
        elif unit == "creates/s":
            ratio = f"{ours / theirs * 100:.0f} % of serial"
        else:
            ratio = "-"
        m = f"<= {must}x" if isinstance(must, float) else (must or "-")
        a = f"<= {aim}x" if isinstance(aim, float) else (aim or "-")
        print(f"| {name} | {o} | {t} | {ratio} | {m} | {a} |")


if __name__ == "__main__":
    sys.exit(main())
