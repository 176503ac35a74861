#!/usr/bin/env python3
"""portalctl on PostgreSQL against psql doing the same work on the same server.

It starts a throwaway cluster (initdb into a temporary directory, the server on a free loopback
port; as the `postgres` user when run as root), and measures, in the same run:

- `apply` of the 30,010-entity tree (10 partners x 1,000 customers, each with a site and a
  probe) into an empty database, against psql running the same inserts (entities and their
  audit rows) as one script in one transaction;
- `-o json customer list` of the 10,000 customers, against psql producing the same JSON.

Times are medians; ratios are portalctl / psql. Nothing is asserted.

    python3 benches/bench_pg.py            # full sizes, release build
    python3 benches/bench_pg.py --quick    # small sizes, one run: checks it still works
"""

import argparse
import glob
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOW = "2026-01-01T00:00:00Z"


def server_bin():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("PostgreSQL server binaries not found (Debian: apt-get install postgresql)")
    return os.path.dirname(found[-1])


def as_postgres(cmd):
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def build(quick):
    """Builds portalctl (debug for a quick run, release otherwise) and returns the binary."""
    profile = [] if quick else ["--release"]
    subprocess.run(["cargo", "build", *profile, "--locked", "--quiet"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "target", "debug" if quick else "release", "portalctl")


def start_cluster(prefix, options=""):
    """A throwaway cluster in a fresh directory, on loopback only (trust, fsync off): returns
    (work, bindir, port, psql), psql being the superuser's command line. `stop_cluster` ends it."""
    bindir = server_bin()
    work = tempfile.mkdtemp(prefix=prefix)
    os.chmod(work, 0o755)
    if os.geteuid() == 0:
        shutil.chown(work, "postgres", "postgres")
    data = os.path.join(work, "data")
    port = free_port()
    subprocess.run(as_postgres([os.path.join(bindir, "initdb"), "-D", data, "-A", "trust", "-U", "postgres",
                                "--no-sync", "-E", "UTF8", "--locale=C"]), check=True, stdout=subprocess.DEVNULL)
    opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {work} -c fsync=off {options}".strip()
    subprocess.run(as_postgres([os.path.join(bindir, "pg_ctl"), "-D", data, "-o", opts, "-l",
                                os.path.join(work, "log"), "-w", "start"]), check=True, stdout=subprocess.DEVNULL)
    psql = [os.path.join(bindir, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(port),
            "-U", "postgres"]
    return work, bindir, port, psql


def stop_cluster(work, bindir):
    """Stops the cluster `start_cluster` made and removes its directory."""
    subprocess.run(as_postgres([os.path.join(bindir, "pg_ctl"), "-D", os.path.join(work, "data"), "-m", "immediate",
                                "stop"]), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(work, ignore_errors=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(cmd, env, stdin_path=None):
    stdin = open(stdin_path, "rb") if stdin_path else None
    start = time.perf_counter()
    p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if stdin:
        stdin.close()
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')}")
    return elapsed


def peak(cmd, env):
    """Runs cmd; returns (seconds, its own peak RSS in MiB). The peak is GNU time's reading of
    the child alone (`/usr/bin/time -f %M`): `wait4()` from a forking Python also counts the
    interpreter's pages, about 14 MiB, in every child."""
    start = time.perf_counter()
    timed = ["/usr/bin/time", "-f", "%M", *cmd] if os.path.exists("/usr/bin/time") else cmd
    p = subprocess.run(timed, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr.decode(errors='replace')}")
    if timed is cmd:
        return elapsed, float("nan")
    return elapsed, int(p.stderr.decode().strip().splitlines()[-1]) / 1024


def tree_file(path, partners, customers):
    with open(path, "w") as f:
        for p in range(partners):
            f.write(f'[[partner]]\nname = "partner-{p}"\nemail = "ops{p}@partner.example"\n\n')
            for c in range(customers):
                f.write(f'[[partner.customer]]\nname = "customer-{p}-{c}"\nemail = "it{c}@customer{p}.example"\n\n')
                f.write(f'[[partner.customer.site]]\nname = "site-{c}"\n\n')
                f.write(f'[[partner.customer.site.probe]]\nname = "probe-{p}-{c}"\n\n')


def sql_script(path, partners, customers):
    """The same rows as the apply writes (entities and one audit row each), one transaction
    under the writers' lock, one statement at a time, as a script would do it (the ids given
    by the script, as the owner may)."""
    audit = ("INSERT INTO audit (at, \"user\", actor, action, entity, entity_id, entity_name, changes) "
             "VALUES ('{now}', 'postgres', 'postgres', 'create', '{kind}', {id}, '{name}', '{{}}');\n")
    with open(path, "w") as f:
        f.write("BEGIN;\nLOCK TABLE portalctl_lock IN EXCLUSIVE MODE;\n")
        cid = 0
        for p in range(1, partners + 1):
            f.write(f"INSERT INTO partner(id,name,email,created_at,updated_at) OVERRIDING SYSTEM VALUE VALUES({p},'partner-{p-1}','ops{p-1}@partner.example','{NOW}','{NOW}');\n")
            f.write(audit.format(now=NOW, kind="partner", id=p, name=f"partner-{p-1}"))
            for c in range(customers):
                cid += 1
                f.write(f"INSERT INTO customer(id,partner_id,name,email,email_key,created_at,updated_at) OVERRIDING SYSTEM VALUE VALUES({cid},{p},'customer-{p-1}-{c}','it{c}@customer{p-1}.example','it{c}@customer{p-1}.example','{NOW}','{NOW}');\n")
                f.write(audit.format(now=NOW, kind="customer", id=cid, name=f"customer-{p-1}-{c}"))
                f.write(f"INSERT INTO site(id,customer_id,name,created_at,updated_at) OVERRIDING SYSTEM VALUE VALUES({cid},{cid},'site-{c}','{NOW}','{NOW}');\n")
                f.write(audit.format(now=NOW, kind="site", id=cid, name=f"site-{c}"))
                f.write(f"INSERT INTO probe(id,site_id,name,token_hash,token_last4,token_issued_at,created_at,updated_at) OVERRIDING SYSTEM VALUE VALUES({cid},{cid},'probe-{p-1}-{c}',gen_random_uuid()::text::bytea,'XXXX','{NOW}','{NOW}','{NOW}');\n")
                f.write(audit.format(now=NOW, kind="probe", id=cid, name=f"probe-{p-1}-{c}"))
        f.write("COMMIT;\n")


LIST_SQL = """SELECT coalesce(json_agg(row_to_json(x)), '[]') FROM (
  SELECT c.id, c.partner_id, p.name AS partner, c.name, c.email, c.workflow, c.active = 1 AS active,
         c.portal = 1 AS portal, c.display_name, c.logo_url, c.primary_color, c.support_email,
         c.created_at, c.updated_at
  FROM customer c LEFT JOIN partner p ON p.id = c.partner_id ORDER BY c.name, c.id) x"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bin")
    args = ap.parse_args()
    if args.bin is None:
        args.bin = build(args.quick)
    runs = 1 if args.quick else args.runs
    partners, per = (2, 50) if args.quick else (10, 1000)

    work, bindir, port, psql = start_cluster("portalctl-pgbench-")
    env = dict(os.environ, HOME=work, NO_COLOR="1", PGPASSWORD="")
    for k in list(env):
        if k.startswith("PORTALCTL_"):
            del env[k]
    url = lambda db: f"postgres://postgres@127.0.0.1:{port}/{db}?sslmode=disable"
    try:
        tree = os.path.join(work, "tree.toml")
        script = os.path.join(work, "tree.sql")
        tree_file(tree, partners, per)
        sql_script(script, partners, per)
        entities = partners * (1 + 3 * per)
        n = [0]

        def fresh():
            n[0] += 1
            db = f"b{n[0]}"
            subprocess.run([*psql, "-d", "postgres", "-c", f"CREATE DATABASE {db}"], check=True, env=env)
            subprocess.run([args.bin, "--db", url(db), "db", "migrate"], check=True, env=env, stderr=subprocess.DEVNULL)
            return db

        t_apply, t_sql = [], []
        for _ in range(runs):
            db = fresh()
            t_apply.append(timed([args.bin, "--db", url(db), "-q", "apply", "-f", tree], env))
            db = fresh()
            t_sql.append(timed([*psql, "-d", db, "-f", script], env))
        applied = db  # a store holding the tree, for the list
        subprocess.run([args.bin, "--db", url(f"b{n[0] - 1}"), "db", "check"], check=True, env=env, stderr=subprocess.DEVNULL)
        t_list = [timed([args.bin, "--db", url(f"b{n[0] - 1}"), "-o", "json", "customer", "list"], env) for _ in range(runs)]
        t_list_sql = [timed([*psql, "-d", applied, "-At", "-c", LIST_SQL], env) for _ in range(runs)]
        rows = [
            (f"apply of {entities:,} entities vs the same inserts as one psql script", t_apply, t_sql, "2.5", "1.0"),
            (f"-o json customer list of {partners * per:,} vs psql producing the same JSON", t_list, t_list_sql, "2.0", "1.0"),
        ]
        # A long list streams through a cursor: peak memory does not grow with the rows.
        big = fresh()
        memory = []
        for n_rows in (5_000, 20_000) if args.quick else (20_000, 200_000):
            subprocess.run([*psql, "-d", big, "-c",
                            "INSERT INTO customer (name, email, email_key, created_at, updated_at) "
                            "SELECT 'big-' || g, 'c' || g || '@example.com', 'c' || g || '@example.com', "
                            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' "
                            f"FROM generate_series((SELECT count(*) FROM customer) + 1, {n_rows}) g"],
                           check=True, env=env, stdout=subprocess.DEVNULL)
            for fmt in ("json", "csv"):
                memory.append((n_rows, fmt, peak([args.bin, "--db", url(big), "-o", fmt, "customer", "list"], env)))
        print(f"portalctl on PostgreSQL ({'quick' if args.quick else 'full'}; median of {runs}; {os.cpu_count()} cores)\n")
        print("| figure | portalctl | psql | ratio | must | aim |\n|---|---|---|---|---|---|")
        for name, ours, theirs, must, aim in rows:
            o, t = statistics.median(ours), statistics.median(theirs)
            print(f"| {name} | {o * 1000:.0f} ms | {t * 1000:.0f} ms | {o / t:.2f}x | <= {must}x | <= {aim}x |")
        for n_rows, fmt, (secs, mib) in memory:
            print(f"| -o {fmt} customer list of {n_rows:,} rows: peak RSS | {mib:.1f} MiB ({secs:.2f} s) | - | - | 50 MiB | 20 MiB |")
    finally:
        stop_cluster(work, bindir)


if __name__ == "__main__":
    sys.exit(main())
