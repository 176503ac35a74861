//! The streamed apply reads at most a few parts ahead of the walk (a bounded hand-over): a
//! file of many parts goes through whether the walk keeps up, the store is new (the whole file
//! is read first, then walked) or the walk stops early on an error of its own.

use std::fmt::Write as _;

use crate::{Env, Tree};

/// A file of one partner with `n` customers (many parts of the hand-over).
fn big_file(env: &Env, n: usize) -> std::path::PathBuf {
    let mut text = String::from("[[partner]]\nname = \"P\"\nemail = \"p@p.example\"\n\n");
    for i in 0..n {
        let email = format!("c{i}@c.example");
        let _ = write!(
            text,
            "[[partner.customer]]\nname = \"c{i}\"\nemail = \"{email}\"\n\n"
        );
    }
    let path = env.path("big.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn many_parts_go_through_into_a_new_store_and_an_existing_one() {
    let env = Env::new();
    // 3,000 customers: twelve parts of 256, more than the hand-over holds at once.
    let file = big_file(&env, 3000);
    let r = env.run(&["-q", "apply", "-f", file.to_str().unwrap()]);
    r.code(0);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 3000);
    // Again, into the store that now exists: all unchanged.
    let r = env.run(&["-o", "json", "apply", "-f", file.to_str().unwrap()]);
    r.code(0);
    assert_eq!(r.json()["counts"]["unchanged"], 3001);
}

#[test]
fn a_walk_that_stops_early_still_reports_the_files_error_without_hanging() {
    let env = Env::new();
    Tree::new().direct("c5", "x@x.example", |c| c).make(&env);
    env.ok(&["partner", "create", "P", "--email", "p@p.example"]);
    // The walk stops at once (a probe serial taken, say); the reading must run to the end
    // for the file's own error at its last customer, which wins.
    env.ok(&["probe", "create", "taken", "--serial", "S-1"]);
    let mut text = String::from("[[partner]]\nname = \"P\"\nemail = \"p@p.example\"\n\n");
    for i in 0..3000 {
        let email = if i == 2999 {
            "not-an-email".to_string()
        } else {
            format!("c{i}@c.example")
        };
        let _ = write!(
            text,
            "[[partner.customer]]\nname = \"c{i}\"\nemail = \"{email}\"\n\n"
        );
        if i == 0 {
            // The first part already fails in the walk: serial S-1 is taken.
            text.push_str(
                "[[partner.customer.site]]\nname = \"HQ\"\n\n\
                 [[partner.customer.site.probe]]\nname = \"p0\"\nserial = \"S-1\"\n\n",
            );
        }
    }
    let file = env.path("bad.toml");
    std::fs::write(&file, text).unwrap();
    let start = std::time::Instant::now();
    let r = env.run(&["apply", "-f", file.to_str().unwrap()]);
    r.code(2);
    assert!(r.stderr.contains("not-an-email"), "{}", r.stderr);
    assert!(start.elapsed() < std::time::Duration::from_secs(60));
    assert_eq!(
        env.count("SELECT count(*) FROM customer"),
        1,
        "nothing was written"
    );
    // The case is the one it is about: without the bad email, the walk's own error (the
    // serial, in the first part) is what is reported.
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("not-an-email", "ok@c.example");
    std::fs::write(&file, text).unwrap();
    let r = env.run(&["apply", "-f", file.to_str().unwrap()]);
    r.code(4);
    assert!(r.stderr.contains("S-1"), "{}", r.stderr);
}
