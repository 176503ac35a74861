#!/usr/bin/env python3
"""How portalctl's cost grows with the tree, beside the sqlite3 shell doing the same storage work.

For stores of 1,000, 10,000 and 100,000 customers (each with a site, a probe and a contact: four
entities a customer) it measures export and every apply path against their floor, and the first
apply's peak memory; on a store of 1,000,000 customers (and 4,000,000 audit entries) the
filters and sorts an operator uses, against one indexed `customer show`; then CSV against JSON,
a table on a terminal, `db backup` (alone and under a steady writer) and `contact login` of an
email in many accounts. Ratios are taken in the same run; the growth column is the ratio at
this size over the ratio at the previous size (1.0: the cost grows as the floor does; for the
peak memory, memory per customer over the previous size's; for a login, its time over the
previous one's).

Peak memory is the child's own, read by GNU time (`/usr/bin/time -f %M`): a forking Python
counts its own pages in the child's `wait4()` figure. Nothing is asserted.

    python3 benches/scale.py            # full: 1k / 10k / 100k, reads at 1M (about 15 minutes)
    python3 benches/scale.py --quick    # tiny sizes, one run: checks the script still works
    python3 benches/scale.py --sizes 100000 --tree-only   # export and apply paths at one size
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
GNU_TIME = "/usr/bin/time"


def shape(n):
    """(partners, customers per partner) for n customers: at most 1,000 per partner."""
    partners = max(1, n // 1000)
    return partners, n // partners


def tree_file(path, n, skip_every=0, change_every=0, tag="x"):
    partners, per = shape(n)
    with open(path, "w") as f:
        for p in range(partners):
            f.write(f'[[partner]]\nname = "partner-{p}"\nemail = "ops{p}@partner.example"\n\n')
            for c in range(per):
                i = p * per + c
                if skip_every and i % skip_every == 0:
                    continue
                mark = tag if change_every and i % change_every == 0 else ""
                f.write(f'[[partner.customer]]\nname = "customer-{p}-{c}"\nemail = "it{c}{mark}@customer{p}.example"\n\n'
                        f'[[partner.customer.site]]\nname = "site-{c}"\n\n'
                        f'[[partner.customer.site.probe]]\nname = "probe-{p}-{c}"\n\n'
                        f'[[partner.customer.contact]]\nemail = "admin{c}@customer{p}.example"\nname = "Admin {c}"\n\n')


def insert_script(path, n):
    """The storage work of a first apply, as SQL: the same rows, keys and indexes, one transaction."""
    partners, per = shape(n)
    with open(path, "w") as f:
        f.write("PRAGMA foreign_keys=ON;\nBEGIN IMMEDIATE;\n")
        cid = 0
        for p in range(1, partners + 1):
            f.write(f"INSERT INTO partner(id,name,email,created_at,updated_at) VALUES({p},'partner-{p-1}','ops{p-1}@partner.example','{NOW}','{NOW}');\n")
            for c in range(per):
                cid += 1
                email = f"it{c}@customer{p-1}.example"
                f.write(f"INSERT INTO customer(id,partner_id,name,email,email_key,created_at,updated_at) VALUES({cid},{p},'customer-{p-1}-{c}','{email}','{email}','{NOW}','{NOW}');\n")
                f.write(f"INSERT INTO site(id,customer_id,name,created_at,updated_at) VALUES({cid},{cid},'site-{c}','{NOW}','{NOW}');\n")
                f.write(f"INSERT INTO probe(id,site_id,name,token_hash,token_last4,token_issued_at,created_at,updated_at) VALUES({cid},{cid},'probe-{p-1}-{c}',randomblob(32),'XXXX','{NOW}','{NOW}','{NOW}');\n")
                k = f"admin{c}@customer{p-1}.example"
                f.write(f"INSERT INTO contact(id,customer_id,email,email_key,name,created_at,updated_at) VALUES({cid},{cid},'{k}','{k}','Admin {c}','{NOW}','{NOW}');\n")
        f.write("COMMIT;\n")


READ_ALL = ("SELECT * FROM partner; SELECT * FROM customer; SELECT * FROM site; "
            "SELECT * FROM probe; SELECT * FROM contact;")


def run(cmd, env, stdin=None, stdout=subprocess.DEVNULL):
    start = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr.decode(errors='replace')}")
    return elapsed


def median(make, runs, env, prepare=None, stdin_path=None):
    times = []
    for i in range(runs):
        if prepare:
            prepare(i)
        stdin = open(stdin_path, "rb") if stdin_path else None
        try:
            times.append(run(make(i), env, stdin=stdin))
        finally:
            if stdin:
                stdin.close()
    return statistics.median(times)


def peak_mib(cmd, env):
    """The child's peak RSS in MiB, by GNU time; None without it."""
    if not os.path.exists(GNU_TIME):
        return None
    p = subprocess.run([GNU_TIME, "-f", "%M", *cmd], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')}")
    return int(p.stderr.decode().strip().splitlines()[-1]) / 1024.0


def copy_store(src, dst):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(dst + suffix):
            os.remove(dst + suffix)
    shutil.copy(src, dst)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes, one run")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    ap.add_argument("--bin", help="the portalctl binary [default: target/release, built here]")
    ap.add_argument("--sizes", help="comma-separated store sizes in customers [default: 1000,10000,100000]")
    ap.add_argument("--tree-only", action="store_true", help="only export and the apply paths")
    args = ap.parse_args()
    if not args.bin:
        profile = [] if args.quick else ["--release"]
        subprocess.run(["cargo", "build", "--quiet", *profile], cwd=ROOT, check=True)
        args.bin = os.path.join(ROOT, "target", "debug" if args.quick else "release", "portalctl")
    if not shutil.which("sqlite3"):
        raise SystemExit("needs the sqlite3 shell (Debian: apt-get install sqlite3)")
    runs = 1 if args.quick else args.runs
    sizes = [100, 1000] if args.quick else [1000, 10_000, 100_000]
    if args.sizes:
        sizes = [int(x) for x in args.sizes.split(",")]
    big = 20_000 if args.quick else 1_000_000
    accounts = [10, 30] if args.quick else [100, 1000]
    bin_ = args.bin
    work = tempfile.mkdtemp(prefix="portalctl-scale-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTALCTL_")}
    env.update(HOME=work, NO_COLOR="1", XDG_CONFIG_HOME=os.path.join(work, "config"))
    rows = []  # (figure, size, portalctl, floor, unit)

    def pc(db, *a):
        return [bin_, "--db", db, *a]

    def sq(db, sql):
        return ["sqlite3", db, sql]

    empty = os.path.join(work, "empty.db")
    run(pc(empty, "db", "migrate"), env)

    for n in sizes:
        tree = os.path.join(work, f"tree-{n}.toml")
        changed = os.path.join(work, f"tree-{n}-1pc.toml")
        pruned = os.path.join(work, f"tree-{n}-10pc.toml")
        script = os.path.join(work, f"tree-{n}.sql")
        tree_file(tree, n)
        tree_file(changed, n, change_every=100)
        tree_file(pruned, n, skip_every=10)
        insert_script(script, n)
        target = os.path.join(work, f"apply-{n}.db")
        fresh = lambda _i: copy_store(empty, target)

        t = median(lambda _i: pc(target, "-q", "apply", "-f", tree), runs, env, fresh)
        floor = median(lambda _i: ["sqlite3", target], runs, env, fresh, stdin_path=script)
        rows.append(("apply, first run", n, t, floor, "s"))
        fresh(0)
        mem = peak_mib(pc(target, "-q", "apply", "-f", tree), env)
        rows.append(("apply, first run: peak memory", n, mem, None, "MiB"))

        store = os.path.join(work, f"store-{n}.db")
        shutil.copy(target, store)
        read = median(lambda _i: sq(store, READ_ALL), runs, env)
        t = median(lambda _i: pc(store, "-q", "apply", "-f", tree), runs, env)
        rows.append(("apply, re-run, nothing changed", n, t, read, "s"))
        # 1 % changed: the changed file and the original in turn, so every run changes 1 %.
        partners, per = shape(n)
        ids = [i + 1 for i in range(partners * per) if i % 100 == 0]
        updates = "BEGIN; " + " ".join(
            f"UPDATE customer SET email = email || 'x', updated_at = '{NOW}' WHERE id = {i};" for i in ids) + " COMMIT;"
        t = median(lambda i: pc(store, "-q", "apply", "-f", changed if i % 2 == 0 else tree), max(runs, 2), env)
        floor = median(lambda _i: sq(store, READ_ALL + updates), max(runs, 2), env)
        rows.append(("apply, re-run, 1 % changed", n, t, floor, "s"))
        t = median(lambda _i: pc(store, "-q", "-y", "apply", "-f", tree, "--prune"), runs, env)
        rows.append(("apply --prune, nothing to delete", n, t, read, "s"))
        victims = ",".join(str(i + 1) for i in range(partners * per) if i % 10 == 0)
        pstore = os.path.join(work, f"prune-{n}.db")
        refill = lambda _i: copy_store(store, pstore)
        t = median(lambda _i: pc(pstore, "-q", "-y", "apply", "-f", pruned, "--prune"), runs, env, refill)
        floor = median(lambda _i: sq(pstore, f"PRAGMA foreign_keys=ON; {READ_ALL} DELETE FROM customer WHERE id IN ({victims});"),
                       runs, env, refill)
        rows.append(("apply --prune, 10 % to delete", n, t, floor, "s"))
        t = median(lambda _i: pc(store, "export"), runs, env)
        rows.append(("export", n, t, read, "s"))

    if args.tree_only:
        report(rows, runs, args.quick)
        shutil.rmtree(work, ignore_errors=True)
        return

    # Reads on the largest store: N direct customers and 4 N audit entries, made with SQL.
    db = os.path.join(work, "big.db")
    shutil.copy(empty, db)
    subprocess.run(["sqlite3", db], check=True, input=f"""
    BEGIN;
    WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {big})
    INSERT INTO customer(name, email, email_key, created_at, updated_at)
    SELECT 'bulk-' || i, 'it' || i || '@bulk.example', 'it' || i || '@bulk.example',
           strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || (i % 86400) || ' seconds'),
           strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || ((i * 7) % 86400) || ' seconds') FROM s;
    WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {4 * big})
    INSERT INTO audit(at, "user", actor, action, entity, entity_id, entity_name, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || (i / 10) || ' seconds'), 'ops',
           CASE WHEN i % 1000 = 0 THEN 'rare-actor' ELSE 'ci-provisioner' END,
           'create', CASE i % 4 WHEN 0 THEN 'customer' WHEN 1 THEN 'site' WHEN 2 THEN 'probe' ELSE 'contact' END,
           i, 'x', '{{}}' FROM s;
    COMMIT;
    """.encode())
    show_runs = runs * 5
    show = median(lambda _i: pc(db, "customer", "show", f"bulk-{big // 2}", "--direct"), show_runs, env)
    for name, cmd in [
        ("customer list --email E", ["customer", "list", "--email", f"it{big // 3}@bulk.example"]),
        ("customer list --sort email --limit 20", ["customer", "list", "--sort", "email", "--limit", "20"]),
        ("customer list --sort created --limit 20", ["customer", "list", "--sort", "created", "--limit", "20"]),
        ("customer list --sort updated --desc --limit 20", ["customer", "list", "--sort", "updated", "--desc", "--limit", "20"]),
        ("customer list --sort name --limit 20", ["customer", "list", "--sort", "name", "--limit", "20"]),
        ("log --entity customer --limit 20", ["log", "--entity", "customer", "--limit", "20"]),
        ("log --actor rare-actor --limit 20", ["log", "--actor", "rare-actor", "--limit", "20"]),
        ("log --since 2026-01-02 --limit 20", ["log", "--since", "2026-01-02", "--limit", "20"]),
    ]:
        t = median(lambda _i: pc(db, "-o", "json", *cmd), show_runs, env)
        rows.append((f"{name} (vs customer show)", big, t, show, "s"))
    t_json = median(lambda _i: pc(db, "-o", "json", "customer", "list", "--sort", "id"), runs, env)
    t_csv = median(lambda _i: pc(db, "-o", "csv", "customer", "list", "--sort", "id"), runs, env)
    rows.append(("-o csv customer list (vs -o json)", big, t_csv, t_json, "s"))
    if shutil.which("script"):
        t = median(lambda _i: ["script", "-qec", f"'{bin_}' --db '{db}' customer list --sort id", "/dev/null"], runs, env)
        floor = median(lambda _i: sq(db, "SELECT * FROM customer ORDER BY id LIMIT 10000"), runs, env)
        rows.append(("table on a terminal (vs the shell's first 10,000 rows)", big, t, floor, "s"))
    backup = os.path.join(work, "backup.db")
    t = median(lambda _i: pc(db, "db", "backup", backup), runs, env)
    floor = median(lambda _i: sq(db, f".backup '{backup}'"), runs, env)
    rows.append(("db backup (vs sqlite3 .backup)", big, t, floor, "s"))
    # A steady writer: one customer every 0.2 s while the backups run.
    writer = subprocess.Popen(["sh", "-c", f"i=0; while :; do i=$((i+1)); '{bin_}' --db '{db}' -q customer create w-$i --direct --email w@x.example >/dev/null 2>&1; sleep 0.2; done"],
                              env=env)
    try:
        t = median(lambda _i: pc(db, "db", "backup", backup), runs, env)
        start = time.perf_counter()
        done = subprocess.run(["timeout", "90", "sqlite3", db, f".backup '{backup}'"], env=env).returncode == 0
        floor = time.perf_counter() - start if done else None
    finally:
        writer.kill()
        writer.wait()
    rows.append(("db backup while one write lands every 0.2 s (vs sqlite3 .backup)", big, t, floor, "s"))

    # contact login of an email with a login in one of many accounts.
    for n in accounts:
        ldb = os.path.join(work, f"login-{n}.db")
        shutil.copy(empty, ldb)
        lines = ["BEGIN;"]
        for i in range(1, n + 1):
            lines.append(f"INSERT INTO customer(id,name,email,email_key,created_at,updated_at) VALUES({i},'t{i}','t@t.example','t@t.example','{NOW}','{NOW}');")
            lines.append(f"INSERT INTO contact(customer_id,email,email_key,login,created_at,updated_at) VALUES({i},'pat@x.example','pat@x.example',1,'{NOW}','{NOW}');")
        lines.append("COMMIT;")
        subprocess.run(["sqlite3", ldb], input="\n".join(lines).encode(), check=True)
        made = subprocess.run(pc(ldb, "-o", "json", "contact", "password", "pat@x.example", "--customer", "1"),
                              env=env, capture_output=True, check=True).stdout
        password = __import__("json").loads(made)["password"]
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(pc(ldb, "-q", "contact", "login", "pat@x.example"), env=env, input=(password + "\n").encode(),
                           stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
        rows.append((f"contact login, the email in {n:,} accounts", n, statistics.median(times), None, "s"))

    shutil.rmtree(work, ignore_errors=True)
    report(rows, runs, args.quick)


def report(rows, runs, quick):
    """Prints the table: each figure, its floor, the ratio and the growth from size to size."""
    print(f"portalctl at scale ({'quick' if quick else 'full'}; median of {runs} run(s); {os.cpu_count()} cores)\n")
    print("| figure | customers | portalctl | floor | ratio | growth |")
    print("|---|---|---|---|---|---|")
    last = {}
    for name, n, value, floor, unit in rows:
        shown = "n/a (no GNU time)" if value is None else (f"{value:.1f} MiB" if unit == "MiB" else f"{value * 1000:.1f} ms")
        fl = "-" if floor is None else f"{floor * 1000:.1f} ms"
        ratio = value / floor if value is not None and floor else None
        base = name.split(" (")[0].split(", the email in")[0]
        # Growth: the ratio over the previous size's; without a floor, memory per customer
        # over the previous size's, and a login's time over the previous one (1.0: constant).
        if ratio is not None:
            measure = ratio
        elif value is not None and unit == "MiB":
            measure = value / n
        else:
            measure = value
        growth = "-"
        if base in last and measure is not None and last[base]:
            growth = f"{measure / last[base]:.2f}"
        last[base] = measure
        print(f"| {name} | {n:,} | {shown} | {fl} | {'-' if ratio is None else f'{ratio:.2f}x'} | {growth} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
