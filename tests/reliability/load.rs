use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::Env;

#[test]
fn sixteen_writers_times_forty_creates() {
    let env = Env::new();
    env.ok(&["db", "migrate"]); // create the store first, as a cron job would find it
    let (codes, took) = env.parallel_creates(16, 40);
    eprintln!("16 x 40 creates took {took:?}");
    assert_eq!(codes, vec![0; 16]);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 640);
    assert_eq!(env.count("SELECT count(DISTINCT name) FROM customer"), 640);
}

#[test]
fn sixteen_writers_on_a_store_that_does_not_exist_yet() {
    let env = Env::new();
    let (codes, _) = env.parallel_creates(16, 3);
    assert_eq!(codes, vec![0; 16]);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 48);
}

#[test]
fn a_reader_loop_and_a_writer_loop_together() {
    let env = Env::new();
    env.seed();
    let deadline = Instant::now() + Duration::from_secs(3);
    let writer = {
        let portalctl = env.spawner();
        std::thread::spawn(move || {
            let mut n = 0;
            while Instant::now() < deadline {
                let ok = portalctl()
                    .args([
                        "-q",
                        "site",
                        "create",
                        &format!("s-{n}"),
                        "--customer",
                        "Acme",
                    ])
                    .stdout(Stdio::null())
                    .status()
                    .unwrap()
                    .success();
                assert!(ok, "writer failed at {n}");
                n += 1;
            }
            n
        })
    };
    let mut reads = 0;
    while Instant::now() < deadline {
        for args in [
            ["-o", "json", "site", "list"],
            ["-o", "csv", "log", "--limit"],
        ] {
            let mut a: Vec<&str> = args.to_vec();
            if a.last() == Some(&"--limit") {
                a.push("50");
            }
            env.run(&a).code(0);
            reads += 1;
        }
    }
    let created = writer.join().unwrap();
    eprintln!("{reads} reads and {created} writes in 3 s");
    assert!(created > 0 && reads > 0);
    assert_eq!(
        env.count("SELECT count(*) FROM site"),
        i64::from(created) + 1
    );
}

#[test]
fn two_regenerates_at_once_leave_exactly_one_code() {
    let env = Env::new();
    env.seed();
    env.ok(&["portal", "enable", "--customer", "Acme"]);
    for _ in 0..5 {
        let spawn = || {
            env.std_command()
                .args(["-q", "authcode", "regenerate", "--customer", "Acme"])
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let codes: Vec<String> = [a, b]
            .into_iter()
            .map(|c| {
                let out = c.wait_with_output().unwrap();
                assert!(out.status.success());
                String::from_utf8_lossy(&out.stdout)
                    .lines()
                    .nth(1)
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_ne!(codes[0], codes[1]);
        let verifies: Vec<bool> = codes
            .iter()
            .map(|c| env.run(&["authcode", "verify", c]).code == 0)
            .collect();
        assert_eq!(verifies.iter().filter(|v| **v).count(), 1, "{verifies:?}");
    }
}
