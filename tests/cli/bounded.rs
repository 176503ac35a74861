//! The streamed apply reads at most a few parts ahead of the walk (a bounded hand-over): a
//! file of many parts goes through whether the walk keeps up, the store is new (the whole file
//! is read first, then walked) or the walk stops early on an error of its own. An export of
//! many entries, rendered a chunk at a time by threads taking turns, is written in order.

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

/// The names after each `header` line of an export, in file order.
fn names_after(export: &str, header: &str) -> Vec<String> {
    let mut lines = export.lines();
    let mut names = Vec::new();
    while let Some(line) = lines.next() {
        if line == header
            && let Some(name) = lines.next().and_then(|l| l.strip_prefix("name = "))
        {
            names.push(name.trim_matches('"').to_string());
        }
    }
    names
}

#[test]
fn an_export_of_many_entries_is_written_in_order_and_applies_as_the_same_tree() {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if cores < 2 {
        eprintln!(
            "NOTE: one core here: the export renders on one thread, the threaded path is not reached"
        );
    }
    // Made in the reverse of name order, so that the store's order is not the file's; 1,500
    // entries are six chunks of 256 (the renderers take turns from the second).
    let mut text = String::from("[[partner]]\nname = \"P\"\nemail = \"p@p.example\"\n\n");
    for i in (0..1200).rev() {
        let _ = write!(
            text,
            "[[partner.customer]]\nname = \"c{i:04}\"\nemail = \"c{i}@c.example\"\n\n[[partner.customer.site]]\nname = \"s{i}\"\n\n"
        );
    }
    for i in (0..299).rev() {
        let _ = write!(
            text,
            "[[customer]]\nname = \"d{i:03}\"\nemail = \"d{i}@d.example\"\n\n"
        );
    }
    let env = Env::new();
    let file = env.path("many.toml");
    std::fs::write(&file, text).unwrap();
    env.ok(&["-q", "apply", "-f", file.to_str().unwrap()]);

    let export = env.ok(&["export"]);
    let want = |prefix: &str, n: usize, width: usize| -> Vec<String> {
        (0..n).map(|i| format!("{prefix}{i:0width$}")).collect()
    };
    assert_eq!(
        names_after(&export, "[[partner.customer]]"),
        want("c", 1200, 4)
    );
    assert_eq!(names_after(&export, "[[customer]]"), want("d", 299, 3));
    assert_eq!(
        names_after(&export, "[[partner.customer.site]]").len(),
        1200
    );
    assert!(
        export.ends_with(
            "name = \"d298\"\nemail = \"d298@d.example\"\nactive = true\nportal = false\n"
        ),
        "{}",
        &export[export.len() - 200..]
    );

    // Into a fresh store and out again: the same bytes; and no change where it came from.
    let fresh = Env::new();
    let copy = fresh.path("export.toml");
    std::fs::write(&copy, &export).unwrap();
    fresh.ok(&["-q", "apply", "-f", copy.to_str().unwrap()]);
    assert_eq!(fresh.ok(&["export"]), export);
    let again = env.json(&["apply", "-f", copy.to_str().unwrap()]);
    assert_eq!(again["counts"]["create"], 0);
    assert_eq!(again["counts"]["update"], 0);
}
