//! Nothing inside the database can be turned against it: a low role with psql (here, a
//! client connected as that role) can neither plant a function the owner's `db copy` runs,
//! nor stop writers by holding a lock, nor forge who wrote an audit row, nor choose, change or
//! bring back an id.

use crate::Env;
use crate::common::pg;
// The store's groups (by `db grants`, run as the owner) and three login roles in them.
use crate::server::with_roles as roles;

/// What the server said.
fn said(e: &postgres::Error) -> String {
    e.as_db_error()
        .map_or_else(|| e.to_string(), |d| d.message().to_string())
}

fn client_as(env: &Env, role: &str) -> postgres::Client {
    let db = env.pg_db.clone().unwrap();
    postgres::Client::connect(&pg::cluster().url_as(role, &db), postgres::NoTls).unwrap()
}

fn as_role(env: &Env, role: &str, args: &[&str]) -> crate::Run {
    let db = env.pg_db.clone().unwrap();
    let out = env
        .command()
        .env("PORTALCTL_DB", pg::cluster().url_as(role, &db))
        .args(args)
        .output()
        .unwrap();
    crate::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_planted_setval_is_never_run_by_the_owners_copy() {
    let env = Env::new();
    let db = env.pg_db.clone().unwrap();
    // Before PostgreSQL 15 every role may create in `public`: a low role plants a better
    // match for the copy's setval(text, bigint).
    let mut owner = env.pg_client();
    let mallory = format!("{db}_mallory");
    owner
        .batch_execute(&format!(
            "CREATE ROLE {mallory} LOGIN; GRANT CREATE, USAGE ON SCHEMA public TO PUBLIC"
        ))
        .unwrap();
    client_as(&env, &mallory)
        .batch_execute(
            "CREATE FUNCTION public.setval(text, bigint) RETURNS bigint LANGUAGE sql AS
             'CREATE TABLE public.pwned (x int); SELECT 1::bigint'",
        )
        .unwrap_or_else(|_| {
            // A plain SQL function cannot run DDL on every version: record the call instead.
            let mut m = client_as(&env, &mallory);
            m.batch_execute(
                "CREATE TABLE public.calls (x int);
                 CREATE FUNCTION public.setval(text, bigint) RETURNS bigint LANGUAGE sql AS
                 'INSERT INTO public.calls VALUES (1) RETURNING 1::bigint'",
            )
            .unwrap();
        });
    // A SQLite store with rows (so the counters are set), copied into the database.
    let file = env.path("source.db");
    let mut source = env.command();
    source
        .env("PORTALCTL_DB", &file)
        .args(["partner", "create", "N", "--email", "n@n.example"]);
    assert!(source.output().unwrap().status.success());
    let mut copy = env.command();
    copy.env("PORTALCTL_DB", &file)
        .args(["db", "copy", &pg::cluster().url(&db)]);
    let out = copy.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let planted: i64 = owner
        .query_one(
            "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename = 'pwned'
             UNION ALL SELECT 0 LIMIT 1",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(planted, 0, "the planted function ran");
    let calls: Option<i64> = owner
        .query_one(
            "SELECT CASE WHEN to_regclass('public.calls') IS NULL THEN NULL ELSE 0::bigint END",
            &[],
        )
        .unwrap()
        .get(0);
    if calls.is_some() {
        let n: i64 = owner
            .query_one("SELECT count(*) FROM public.calls", &[])
            .unwrap()
            .get(0);
        assert_eq!(n, 0, "the planted setval was called");
    }
    // And `db grants` takes CREATE on the schema away from everyone but the owner.
    env.ok(&[
        "customer",
        "create",
        "C",
        "--partner",
        "N",
        "--email",
        "c@c.example",
    ]);
    {
        let _one = pg::grants_lock();
        env.psql(&env.ok(&["db", "grants"]));
    }
    let err = client_as(&env, &mallory)
        .batch_execute("CREATE TABLE public.again (x int)")
        .unwrap_err();
    assert!(said(&err).contains("permission denied"), "{}", said(&err));
}

#[test]
fn a_reader_holding_the_old_advisory_key_stops_no_writer() {
    let env = Env::new();
    let [reader, operator, _] = roles(&env);
    env.seed();
    let mut r = client_as(&env, &reader);
    if let Err(e) = r.batch_execute(&format!(
        "SELECT pg_advisory_lock({}); BEGIN; SELECT count(*) FROM customer",
        portalctl::store::pg::LOCK_KEY
    )) {
        panic!("{}", said(&e));
    }
    // The reader cannot take the writers' lock itself.
    let err = client_as(&env, &reader)
        .batch_execute("BEGIN; LOCK TABLE portalctl_lock IN EXCLUSIVE MODE")
        .unwrap_err();
    assert!(said(&err).contains("permission denied"), "{}", said(&err));
    let w = as_role(
        &env,
        &operator,
        &[
            "customer",
            "create",
            "B",
            "--partner",
            "Northwind",
            "--email",
            "b@b.example",
        ],
    );
    w.code(0);
    drop(r);
}

#[test]
fn a_low_role_with_its_own_grants_forges_no_audit_row_and_no_id() {
    let env = Env::new();
    let [_, operator, admin] = roles(&env);
    env.seed();
    let mut op = client_as(&env, &operator);
    // An audit row in another role's name, at another time: the database writes its own.
    op.batch_execute(
        "INSERT INTO audit (at, \"user\", actor, action, entity, entity_name, changes)
         VALUES ('1999-01-01T00:00:00Z', 'adm1', 'adm1', 'delete', 'customer', 'Acme', '{}')",
    )
    .unwrap();
    let row = op
        .query_one("SELECT \"user\", at FROM audit WHERE actor = 'adm1'", &[])
        .unwrap();
    assert_eq!(row.get::<_, String>(0), operator);
    assert_ne!(row.get::<_, String>(1), "1999-01-01T00:00:00Z");
    // Nor about another partner: the database finds the partner an entry is about.
    op.batch_execute(
        "INSERT INTO audit (at, actor, action, entity, entity_id, entity_name, changes, partner_id)
         VALUES ('t', 'forger', 'update', 'probe', 1, 'hq-probe-1', '{}', 999);
         INSERT INTO audit (at, actor, action, entity, entity_name, changes, partner_id)
         VALUES ('t', 'forger', 'update', 'customer', 'Nobody', '{}', 999)",
    )
    .unwrap();
    let partners: Vec<Option<i64>> = op
        .query(
            "SELECT partner_id FROM audit WHERE actor = 'forger' ORDER BY id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let northwind = env.count("SELECT id FROM partner WHERE name = 'Northwind'");
    assert_eq!(partners, [Some(northwind), None]);
    // Choosing an id, an audit id ahead of the counter, changing an id: all denied.
    for sql in [
        "INSERT INTO customer (id, partner_id, name, email, created_at, updated_at)
         VALUES (1, 1, 'Zombie', 'z@z.example', 't', 't')",
        "INSERT INTO customer (id, partner_id, name, email, created_at, updated_at)
         OVERRIDING SYSTEM VALUE VALUES (77, 1, 'Zombie', 'z@z.example', 't', 't')",
        "INSERT INTO audit (id, at, actor, action, entity, changes)
         OVERRIDING SYSTEM VALUE VALUES (1000000, 't', 'x', 'create', 'customer', '{}')",
        "UPDATE customer SET id = 999 WHERE id = 1",
        "UPDATE customer SET id = DEFAULT WHERE id = 1",
        "UPDATE audit SET actor = 'x'",
        "DELETE FROM audit",
    ] {
        let err = op.batch_execute(sql).unwrap_err();
        let why = said(&err);
        assert!(
            why.contains("permission denied")
                || why.contains("cannot insert a non-DEFAULT value")
                || why.contains("can only be updated to DEFAULT"),
            "{sql}: {why}"
        );
    }
    // A deleted id stays dead, even for an admin in psql.
    let mut ad = client_as(&env, &admin);
    ad.batch_execute("DELETE FROM customer WHERE id = 1")
        .unwrap();
    let err = ad
        .batch_execute(
            "INSERT INTO customer (id, partner_id, name, email, created_at, updated_at)
             OVERRIDING SYSTEM VALUE VALUES (1, 1, 'Acme', 'it@acme.example', 't', 't')",
        )
        .unwrap_err();
    assert!(said(&err).contains("permission denied"), "{}", said(&err));
    assert_eq!(env.count("SELECT count(*) FROM customer WHERE id = 1"), 0);
    // And the tool goes on writing, with ids and audit rows of the database's.
    let r = as_role(
        &env,
        &operator,
        &[
            "-o",
            "json",
            "customer",
            "create",
            "New",
            "--partner",
            "Northwind",
            "--email",
            "n@n.example",
        ],
    );
    r.code(0);
    assert!(r.json()["id"].as_i64().unwrap() > 1);
    let last = env.json(&["log", "--limit", "1"]);
    assert_eq!(last[0]["user"], operator.as_str());
}
