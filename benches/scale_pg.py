#!/usr/bin/env python3
"""portalctl on PostgreSQL at scale, against psql doing the same storage work in the same run.

At 20,000 and 100,000 customers (4 entities each: the customer, a site, a probe and a
contact; 1,000 customers to a partner), on a throwaway cluster (as the `postgres` user when run
as root):

- the first `apply` into an empty store, against psql inserting the same entities and their
  audit rows as multi-row INSERTs of 100 rows in one transaction under the writers' lock
  (psql giving the ids, as the owner may);
- a re-apply with 1 % of the customers changed, against psql reading the four tables and
  making the same updates (and their audit rows);
- `apply --prune` with nothing to delete, against psql reading the four tables;
- `export`, against psql's `COPY ... TO STDOUT` of the tables, each timed five times a run,
  interleaved (both only read);
- the audit stamp trigger's share: psql's first-apply script with the trigger against the
  same script into a store where it is disabled (and so the trigger's cost per audit row);
- 16 writers creating customers at once through PgBouncer in transaction mode, against the
  same writers connected directly (every create must be stored).

Times are medians; ratios are portalctl / psql. Nothing is asserted.

    python3 benches/scale_pg.py            # 20,000 and 100,000 customers, release build
    python3 benches/scale_pg.py --quick    # 500 customers, one run: checks it still works
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_pg import NOW, ROOT, as_postgres, build, free_port, start_cluster, stop_cluster, timed  # noqa: E402

PER_PARTNER = 1000

# Exports (and COPYs) timed in each run.
EXPORTS = 5


def tree_file(path, customers, changed=0):
    """The tree; the first `changed` customers get another email."""
    with open(path, "w") as f:
        for c in range(customers):
            p = c // PER_PARTNER
            if c % PER_PARTNER == 0:
                f.write(f'[[partner]]\nname = "partner-{p}"\nemail = "ops{p}@partner.example"\n\n')
            email = f"it{c}@changed.example" if c < changed else f"it{c}@customer.example"
            f.write(f'[[partner.customer]]\nname = "customer-{c}"\nemail = "{email}"\n\n')
            f.write(f'[[partner.customer.site]]\nname = "site-{c}"\n\n')
            f.write(f'[[partner.customer.site.probe]]\nname = "probe-{c}"\n\n')
            f.write(f'[[partner.customer.contact]]\nemail = "person{c}@customer.example"\n\n')


def multi_insert(f, table, columns, rows):
    # Ids given by the script (the owner may: OVERRIDING SYSTEM VALUE), psql's cheapest way.
    overriding = "OVERRIDING SYSTEM VALUE " if columns.startswith("id,") else ""
    for i in range(0, len(rows), 100):
        f.write(f"INSERT INTO {table} ({columns}) {overriding}VALUES\n" + ",\n".join(rows[i:i + 100]) + ";\n")


def audit_row(kind, id_, name):
    return f"('{NOW}','postgres','postgres','create','{kind}',{id_},'{name}','{{}}')"


AUDIT = 'at, "user", actor, action, entity, entity_id, entity_name, changes'


def insert_script(path, customers):
    partners = (customers + PER_PARTNER - 1) // PER_PARTNER
    with open(path, "w") as f:
        f.write("BEGIN;\nLOCK TABLE portalctl_lock IN EXCLUSIVE MODE;\n")
        multi_insert(f, "partner", "id, name, email, created_at, updated_at",
                     [f"({p + 1},'partner-{p}','ops{p}@partner.example','{NOW}','{NOW}')" for p in range(partners)])
        multi_insert(f, "audit", AUDIT, [audit_row("partner", p + 1, f"partner-{p}") for p in range(partners)])
        ids = range(1, customers + 1)
        multi_insert(f, "customer", "id, partner_id, name, email, email_key, created_at, updated_at",
                     [f"({i},{(i - 1) // PER_PARTNER + 1},'customer-{i - 1}','it{i - 1}@customer.example','it{i - 1}@customer.example','{NOW}','{NOW}')" for i in ids])
        multi_insert(f, "site", "id, customer_id, name, created_at, updated_at",
                     [f"({i},{i},'site-{i - 1}','{NOW}','{NOW}')" for i in ids])
        multi_insert(f, "probe", "id, site_id, name, token_hash, token_last4, token_issued_at, created_at, updated_at",
                     [f"({i},{i},'probe-{i - 1}',gen_random_uuid()::text::bytea,'XXXX','{NOW}','{NOW}','{NOW}')" for i in ids])
        multi_insert(f, "contact", "id, customer_id, email, email_key, created_at, updated_at",
                     [f"({i},{i},'person{i - 1}@customer.example','person{i - 1}@customer.example','{NOW}','{NOW}')" for i in ids])
        for kind in ("customer", "site", "probe", "contact"):
            multi_insert(f, "audit", AUDIT, [audit_row(kind, i, f"{kind}-{i - 1}") for i in ids])
        for t in ("partner", "customer", "site", "probe", "contact"):
            f.write(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), (SELECT max(id) FROM {t}));\n")
        f.write("COMMIT;\n")


READ_TABLES = "".join(f"SELECT * FROM {t} ORDER BY id;\n" for t in ("partner", "customer", "site", "probe", "contact"))


def update_script(path, changed):
    with open(path, "w") as f:
        f.write("BEGIN;\nLOCK TABLE portalctl_lock IN EXCLUSIVE MODE;\n" + READ_TABLES)
        for c in range(changed):
            f.write(f"UPDATE customer SET email = 'it{c}@changed.example', email_key = 'it{c}@changed.example', "
                    f"updated_at = '{NOW}' WHERE id = {c + 1};\n")
        multi_insert(f, "audit", AUDIT, [audit_row("customer", c + 1, f"customer-{c}") for c in range(changed)])
        f.write("COMMIT;\n")


def read_script(path):
    with open(path, "w") as f:
        f.write("BEGIN;\nLOCK TABLE portalctl_lock IN EXCLUSIVE MODE;\n" + READ_TABLES + "COMMIT;\n")


def copy_script(path):
    with open(path, "w") as f:
        for t in ("partner", "customer", "site", "probe", "contact"):
            f.write(f"COPY (SELECT * FROM {t} ORDER BY id) TO STDOUT;\n")


def start_pgbouncer(work, pg_port):
    exe = shutil.which("pgbouncer") or ("/usr/sbin/pgbouncer" if os.path.exists("/usr/sbin/pgbouncer") else None)
    if exe is None:
        return None
    port = free_port()
    d = os.path.join(work, "pgbouncer")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "users.txt"), "w") as f:
        f.write('"postgres" ""\n')
    with open(os.path.join(d, "pgbouncer.ini"), "w") as f:
        f.write(f"[databases]\n* = host=127.0.0.1 port={pg_port}\n[pgbouncer]\nlisten_addr = 127.0.0.1\n"
                f"listen_port = {port}\nunix_socket_dir =\nauth_type = trust\nauth_file = {d}/users.txt\n"
                f"pool_mode = transaction\nmax_client_conn = 200\ndefault_pool_size = 20\n"
                f"logfile = {d}/log\npidfile = {d}/pid\n")
    if os.geteuid() == 0:
        subprocess.run(["chown", "-R", "postgres", d], check=True)
    subprocess.run(as_postgres([exe, "-d", os.path.join(d, "pgbouncer.ini")]), check=True)
    for _ in range(100):
        try:
            import socket
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return port
        except OSError:
            time.sleep(0.05)
    raise SystemExit("pgbouncer did not start")


def writers(bin_, url, env, procs, per, tag):
    """`procs` processes each creating `per` customers at `url`; the time they all took."""
    script = (f'for i in $(seq 1 {per}); do "{bin_}" -q --db "{url}" customer create "{tag}-$P-$i" --direct '
              f'--email ops@example.com >/dev/null || exit 1; done')
    start = time.perf_counter()
    children = [subprocess.Popen(["sh", "-c", script], env=dict(env, P=str(p))) for p in range(procs)]
    codes = [c.wait() for c in children]
    elapsed = time.perf_counter() - start
    if any(codes):
        raise SystemExit(f"a writer failed: {codes}")
    return elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="20000,100000")
    ap.add_argument("--bin")
    args = ap.parse_args()
    if args.bin is None:
        args.bin = build(args.quick)
    runs = 1 if args.quick else args.runs
    sizes = [500] if args.quick else [int(s) for s in args.sizes.split(",")]

    work, bindir, port, psql = start_cluster("portalctl-pgscale-", "-c max_connections=100")
    env = dict(os.environ, HOME=work, NO_COLOR="1")
    for k in list(env):
        if k.startswith("PORTALCTL_") or k.startswith("PG"):
            del env[k]
    url = lambda db, p=port: f"postgres://postgres@127.0.0.1:{p}/{db}?sslmode=disable"
    bouncer = None
    n = [0]

    def fresh():
        n[0] += 1
        db = f"s{n[0]}"
        subprocess.run([*psql, "-d", "postgres", "-c", f"CREATE DATABASE {db}"], check=True, env=env)
        subprocess.run([args.bin, "--db", url(db), "db", "migrate"], check=True, env=env, stderr=subprocess.DEVNULL)
        return db

    def ours(db, *cmd):
        return timed([args.bin, "--db", url(db), "-q", *cmd], env)

    def theirs(db, script):
        return timed([*psql, "-d", db, "-f", script], env)

    rows = []
    try:
        for size in sizes:
            tree, changed_tree = os.path.join(work, f"t{size}.toml"), os.path.join(work, f"c{size}.toml")
            tree_file(tree, size)
            tree_file(changed_tree, size, changed=size // 100)
            ins, upd, rd, cp = (os.path.join(work, f"{k}{size}.sql") for k in ("ins", "upd", "rd", "cp"))
            insert_script(ins, size)
            update_script(upd, size // 100)
            read_script(rd)
            copy_script(cp)
            t = {k: [] for k in ("apply", "apply_sql", "re", "re_sql", "prune", "prune_sql", "export", "export_sql",
                                 "unstamped_sql")}
            for _ in range(runs):
                ours_db, sql_db = fresh(), fresh()
                t["apply"].append(ours(ours_db, "apply", "-f", tree))
                t["apply_sql"].append(theirs(sql_db, ins))
                t["re"].append(ours(ours_db, "apply", "-f", changed_tree))
                t["re_sql"].append(theirs(sql_db, upd))
                t["prune"].append(ours(ours_db, "apply", "--prune", "--yes", "-f", changed_tree))
                t["prune_sql"].append(theirs(sql_db, rd))
                # Read-only both: timed EXPORTS times a run, interleaved, so one stall of a
                # shared machine does not decide the median.
                for _ in range(1 if args.quick else EXPORTS):
                    t["export"].append(ours(ours_db, "export"))
                    t["export_sql"].append(theirs(sql_db, cp))
                unstamped_db = fresh()
                subprocess.run([*psql, "-d", unstamped_db, "-c", "ALTER TABLE audit DISABLE TRIGGER audit_stamp"],
                               check=True, env=env)
                t["unstamped_sql"].append(theirs(unstamped_db, ins))
                for db in (ours_db, sql_db, unstamped_db):
                    subprocess.run([*psql, "-d", "postgres", "-c", f"DROP DATABASE {db}"], check=True, env=env)
            for name, key in (("first apply", "apply"), (f"re-apply, {size // 100:,} changed", "re"),
                              ("apply --prune, nothing to delete", "prune"), ("export", "export")):
                rows.append((f"{size:,} customers: {name}", t[key], t[key + "_sql"]))
            audit_rows = (size + PER_PARTNER - 1) // PER_PARTNER + 4 * size
            stamp = (statistics.median(t["apply_sql"]) - statistics.median(t["unstamped_sql"])) / audit_rows
            rows.append((f"{size:,} customers: psql's first-apply script, audit stamp trigger on vs off "
                         f"({stamp * 1e6:.0f} us per audit row)", t["apply_sql"], t["unstamped_sql"]))
        bouncer = start_pgbouncer(work, port)
        if bouncer is not None:
            procs, per = (4, 3) if args.quick else (16, 10)
            direct, pooled = [], []
            for _ in range(runs):
                db = fresh()
                direct.append(writers(args.bin, url(db), env, procs, per, "direct"))
                pooled.append(writers(args.bin, url(db, bouncer), env, procs, per, "pooled"))
                stored = subprocess.run([*psql, "-d", db, "-At", "-c", "SELECT count(*) FROM customer"],
                                        check=True, env=env, capture_output=True).stdout.decode().strip()
                if int(stored) != 2 * procs * per:
                    raise SystemExit(f"writers lost creates: {stored} of {2 * procs * per} stored")
            rows.append((f"{procs} writers x {per} creates at once: through PgBouncer (transaction mode) vs direct",
                         pooled, direct))
        print(f"portalctl on PostgreSQL at scale ({'quick' if args.quick else 'full'}; median of {runs}; {os.cpu_count()} cores)\n")
        print("| figure | portalctl | psql (or direct) | ratio |\n|---|---|---|---|")
        for name, a, b in rows:
            o, s = statistics.median(a), statistics.median(b)
            print(f"| {name} | {o:.2f} s | {s:.2f} s | {o / s:.2f}x |")
    finally:
        if bouncer is not None:
            try:
                with open(os.path.join(work, "pgbouncer", "pid")) as f:
                    os.kill(int(f.read().strip()), 15)
            except (OSError, ValueError):
                pass
        stop_cluster(work, bindir)


if __name__ == "__main__":
    sys.exit(main())
