use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::{Env, big_tree, file_bytes, integrity};

/// A pseudo-random number from the clock (no RNG crate needed for kill timings).
fn jitter(max: u64) -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.subsec_nanos());
    u64::from(nanos) % max.max(1)
}

#[test]
fn kill_9_during_a_large_apply_is_all_or_nothing() {
    let env = Env::new();
    env.ok(&["db", "migrate"]);
    // 3,000 customers on the server (9,001 entities), 1,000 in a file.
    let customers: i64 = if env.is_postgres() { 3000 } else { 1000 };
    let file = env.path("big.toml");
    std::fs::write(&file, big_tree(usize::try_from(customers).unwrap())).unwrap();
    let file = file.to_str().unwrap().to_string();

    // How long a whole apply takes here, to aim the kills inside it.
    let probe = Env::new();
    let start = Instant::now();
    probe.run(&["-q", "apply", "-f", &file]).code(0);
    let full = u64::try_from(start.elapsed().as_millis()).unwrap_or(u64::MAX);

    let mut killed_midway = 0;
    for round in 0..12 {
        let mut child = env
            .std_command()
            .args(["-q", "apply", "-f", &file])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kills spread from 10 % to 98 % of a whole apply's time, with jitter.
        let at = full * (10 + round * 8) / 100 + jitter(full / 20 + 1);
        std::thread::sleep(Duration::from_millis(at));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let (ok, fk) = integrity(&env);
        assert_eq!(ok, "ok", "round {round}");
        assert_eq!(fk, 0, "round {round}");
        env.run(&["db", "check"]).code(0);
        let n = env.count("SELECT count(*) FROM customer");
        let probes = env.count("SELECT count(*) FROM probe");
        assert!(
            n == 0 || n == customers,
            "round {round}: {n} customers, torn"
        );
        assert_eq!(probes, n, "round {round}: probes and customers disagree");
        if n == customers {
            // Start again from nothing for the next round.
            let r = env.run(&["partner", "delete", "Bulk", "--yes"]);
            r.code(0);
        } else if !finished {
            killed_midway += 1;
        }
    }
    eprintln!("{killed_midway} of 12 kills landed before the commit (apply takes {full} ms here)");
    assert!(
        killed_midway > 0,
        "no kill landed inside an apply, so nothing was tested (apply takes {full} ms)"
    );
}

sqlite_only! { "SQLite's user_version; PostgreSQL's first runs are in cli_postgres::server",
#[test]
fn kill_9_during_a_migration_leaves_the_old_version_or_the_new() {
    let (mut before_the_store, mut found) = (0, 0);
    for round in 0..15u64 {
        let env = Env::new();
        let mut child = env
            .std_command()
            .args(["db", "migrate"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // From 0 to 14 ms after the start, with jitter: early kills find no store yet.
        std::thread::sleep(Duration::from_micros(round * 1000 + jitter(1000)));
        let _ = child.kill();
        let _ = child.wait();
        if !env.db.exists() {
            before_the_store += 1;
            continue;
        }
        found += 1;
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        match version {
            0 => assert_eq!(tables, 0, "round {round}: version 0 with tables"),
            v => {
                let latest = portalctl::store::migrations::latest();
                assert_eq!(v, latest, "round {round}: unexpected version {v}");
                // Seven tables and SQLite's own sqlite_sequence (ids are never reused).
                assert_eq!(tables, 8, "round {round}: version {v} without every table");
            }
        }
        drop(conn);
        // Either way the next run carries on.
        env.run(&["partner", "list"]).code(0);
    }
    eprintln!("{found} of 15 kills left a store to check, {before_the_store} came before it");
    assert!(found > 0, "no kill left a store behind, so nothing was checked");
}
}

sqlite_only! { "a file-size limit on the store file",
#[test]
fn a_file_size_limit_is_a_clear_exit_1_and_the_store_intact() {
    let env = Env::new();
    env.seed();
    let before = env.ok(&["-o", "json", "customer", "list"]);
    let file = env.path("big.toml");
    std::fs::write(&file, big_tree(3000)).unwrap();
    // 600 KiB: enough for the store as it is, not for 3,000 more customers.
    let out = env
        .shell("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 1200; exec portalctl apply -f '{}'",
            file.display()
        ))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error:"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let (ok, fk) = integrity(&env);
    assert_eq!((ok.as_str(), fk), ("ok", 0));
    assert_eq!(env.ok(&["-o", "json", "customer", "list"]), before);
}
}

sqlite_only! { "SQLite's online backup API",
#[test]
fn backups_taken_while_writers_run_are_whole() {
    let env = Env::new();
    env.seed();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let stop = stop.clone();
        let portalctl = env.spawner();
        std::thread::spawn(move || {
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let ok = portalctl()
                    .args([
                        "-q",
                        "customer",
                        "create",
                        &format!("w-{n}"),
                        "--direct",
                        "--email",
                        "w@x.example",
                    ])
                    .stdout(Stdio::null())
                    .status()
                    .unwrap()
                    .success();
                assert!(ok);
                n += 1;
            }
            n
        })
    };
    for i in 0..5 {
        let backup = env.path(&format!("backup-{i}.db"));
        env.run(&["db", "backup", backup.to_str().unwrap()]).code(0);
        let conn = rusqlite::Connection::open(&backup).unwrap();
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        drop(conn);
        let out = env
            .command()
            .env("PORTALCTL_DB", &backup)
            .args(["db", "check"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let created = writer.join().unwrap();
    eprintln!("5 backups while {created} customers were created");
}
}

sqlite_only! { "a corrupt store file",
#[test]
fn a_corrupt_store_is_untouched() {
    let env = Env::new();
    env.seed();
    // Damage the middle of the file, past the header.
    let mut bytes = file_bytes(&env.db);
    let len = bytes.len();
    for b in &mut bytes[len / 2..len / 2 + 512] {
        *b = 0xAB;
    }
    std::fs::write(&env.db, &bytes).unwrap();
    let _ = std::fs::remove_file(env.db.with_extension("db-wal"));
    let r = env.run(&["db", "check"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}
}
