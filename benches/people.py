#!/usr/bin/env python3
"""People: what a login costs by the number of accounts an email has, and what the upgrade to
one password per person (schema 6) costs on a large store.

`contact login` makes one Argon2id check whatever the accounts (an unknown email is checked
against a dummy hash), so a login for an email with 60 or 1,000 accounts should take about
as long as one with a single account, and a refusal as long as an acceptance. This prints
medians of several runs of the release binary; nothing is asserted.

The migration figure builds a store of the previous schema (5: each contact row with its own
password) by turning a current store back, with half the contacts holding a password and
every email in two accounts with two different passwords (the worst case: a legacy password
per person), then times `db migrate`.

    python3 benches/people.py            # logins at 1 / 60 / 1,000 accounts; migration of 100,000 contacts
    python3 benches/people.py --quick    # small sizes, one run: checks the bench still works
"""

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd, env, stdin_text=None, expect=0):
    start = time.perf_counter()
    p = subprocess.run(cmd, env=env, input=stdin_text, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if p.returncode != expect:
        raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}, wanted {expect}\n{p.stderr}")
    return elapsed, p.stdout


def tree(path, accounts):
    with open(path, "w") as f:
        for i in range(accounts):
            f.write(
                f'[[customer]]\nname = "Tenant {i}"\nemail = "it{i}@t.example"\n\n'
                f'[[customer.contact]]\nemail = "pat@x.example"\nlogin = true\n\n'
                f'[[customer.contact]]\nemail = "kim{i}@x.example"\n\n'
            )


def logins(bin_, work, env, sizes, runs):
    rows = []
    for n in sizes:
        db = os.path.join(work, f"people-{n}.db")
        t = os.path.join(work, f"people-{n}.toml")
        tree(t, n)
        _, out = timed([bin_, "--db", db, "-o", "json", "apply", "-f", t], env)
        secrets = json.loads(out)["secrets"]
        assert len(secrets) == 1, f"one password per person, got {len(secrets)}"
        password = secrets[0]["value"]
        cases = {
            "accepted": (["contact", "login", "pat@x.example"], password, 0),
            "one account chosen": (["contact", "login", "pat@x.example", "--customer", "Tenant 0"], password, 0),
            "wrong password": (["contact", "login", "pat@x.example"], "wrong", 6),
            "unknown email": (["contact", "login", "nobody@x.example"], password, 6),
        }
        for label, (args, pw, code) in cases.items():
            times = [timed([bin_, "--db", db, *args], env, pw + "\n", code)[0] for _ in range(runs)]
            rows.append((n, label, statistics.median(times)))
    return rows


def previous_release_store(bin_, work, env, contacts):
    """A schema-5 store with `contacts` contacts: half of the emails with a login, each in two
    accounts under two different passwords."""
    db = os.path.join(work, f"v5-{contacts}.db")
    timed([bin_, "--db", db, "db", "migrate"], env)
    c = sqlite3.connect(db)
    customers = max(1, contacts // 4)
    now = "2026-01-01T00:00:00Z"
    c.executemany(
        "INSERT INTO customer (id, name, email, email_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        ((i + 1, f"c{i}", f"it{i}@c.example", f"it{i}@c.example", now, now) for i in range(customers)),
    )
    phc = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$" + "A" * 43
    other = "$argon2id$v=19$m=19456,t=2,p=1$b3RoZXJvdGhlcm90$" + "B" * 43

    def contact(i):
        email = f"p{i // 2}@x.example"  # every email in two accounts
        login = (i // 2) % 2 == 0
        pw = (phc if i % 2 else other) if login else None
        return (i + 1, i % customers + 1, email, email, pw, now if pw else None, now, now)

    c.execute("ALTER TABLE contact ADD COLUMN password_hash TEXT")
    c.execute("ALTER TABLE contact ADD COLUMN password_set_at TEXT")
    c.executemany(
        "INSERT INTO contact (id, customer_id, email, email_key, password_hash, password_set_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (contact(i) for i in range(contacts)),
    )
    c.executescript(
        "DROP TABLE reset_token; DROP TABLE person_legacy_password; DROP TABLE person;"
        "ALTER TABLE contact DROP COLUMN login;"
        # what step 7 added
        "DROP INDEX partner_skeleton; DROP INDEX customer_skeleton; DROP INDEX site_skeleton;"
        "DROP INDEX probe_skeleton; ALTER TABLE partner DROP COLUMN name_key;"
        "ALTER TABLE customer DROP COLUMN name_key; ALTER TABLE site DROP COLUMN name_key;"
        "ALTER TABLE probe DROP COLUMN name_key; ALTER TABLE audit DROP COLUMN partner_id;"
        "PRAGMA user_version = 5;"
    )
    c.commit()
    c.close()
    return db


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes, one run")
    ap.add_argument("--runs", type=int, default=9, help="runs per figure (median)")
    ap.add_argument("--bin", help="the portalctl binary [default: target/release, built here]")
    args = ap.parse_args()
    if not args.bin:
        profile = [] if args.quick else ["--release"]
        subprocess.run(["cargo", "build", "--quiet", *profile], cwd=ROOT, check=True)
        args.bin = os.path.join(ROOT, "target", "debug" if args.quick else "release", "portalctl")
    runs = 1 if args.quick else args.runs
    sizes = [1, 5] if args.quick else [1, 60, 1000]
    contacts = 1000 if args.quick else 100_000
    work = tempfile.mkdtemp(prefix="portalctl-people-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTALCTL_")}
    env.update(HOME=work, NO_COLOR="1", XDG_CONFIG_HOME=os.path.join(work, "config"))
    try:
        rows = logins(args.bin, work, env, sizes, runs)
        base = {label: t for n, label, t in rows if n == sizes[0]}
        print(f"contact login, median of {runs} (ms; ratio to {sizes[0]} account)")
        print(f"{'accounts':>9}  {'case':<20} {'ms':>8} {'ratio':>6}")
        for n, label, t in rows:
            print(f"{n:>9}  {label:<20} {t * 1000:>8.1f} {t / base[label]:>6.2f}")
        db = previous_release_store(args.bin, work, env, contacts)
        t, _ = timed([args.bin, "--db", db, "db", "migrate"], env)
        c = sqlite3.connect(db)
        people, legacy = c.execute(
            "SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM person_legacy_password)"
        ).fetchone()
        c.close()
        print(
            f"\nmigration 5 -> 7 of {contacts:,} contacts ({people:,} people, {legacy:,} legacy passwords): "
            f"{t * 1000:.0f} ms"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
