use crate::Env;

#[test]
fn eight_writers_times_twenty_five_creates_lose_nothing() {
    let env = Env::new();
    let (codes, _) = env.parallel_creates(8, 25);
    assert_eq!(codes, vec![0; 8]);
    assert_eq!(env.count("SELECT count(*) FROM customer"), 200);
    assert_eq!(
        env.count("SELECT count(*) FROM audit WHERE action = 'create'"),
        200
    );
}

/// The moment a store is made is the most contended: eight processes whose first write it is
/// all switch the new file to WAL and migrate it at once. Before the switch retried within
/// the busy timeout, 6 of 20 such rounds (release build) had a process fail with exit 7, or
/// call the half-made store another application's file; with the retry taken out again, this
/// test failed in 2 of 3 runs of 12 rounds (debug build), hence 20.
#[test]
fn eight_first_writes_at_once_make_one_store_every_time() {
    for round in 0..20 {
        let env = Env::new();
        assert!(env.store_missing(), "round {round}: the store is new");
        let (codes, _) = env.parallel_creates(8, 1);
        assert_eq!(codes, vec![0; 8], "round {round}");
        assert_eq!(
            env.count("SELECT count(*) FROM customer"),
            8,
            "round {round}"
        );
        env.ok(&["db", "check"]);
    }
}

/// Every process a test starts sees only what the hermetic helper gives it: the test process's
/// own environment (cargo's `CARGO_*`, a developer's `PORTALCTL_*` or `XDG_CONFIG_HOME`) is
/// not passed on, through `shell`, `std_command` or `spawner` alike.
#[test]
fn spawned_processes_see_only_the_hermetic_environment() {
    const GIVEN: [&str; 8] = [
        "PATH",
        "HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "USER",
        "NO_COLOR",
        "PORTALCTL_DB",
        "PORTALCTL_TEST_NOW",
    ];
    // What the shell adds of its own.
    const SHELL: [&str; 3] = ["PWD", "SHLVL", "_"];
    assert!(
        std::env::vars().any(|(k, _)| !GIVEN.contains(&k.as_str())),
        "the test process has variables of its own (cargo's), so a leak would show"
    );
    let env = Env::new();
    env.set_now("2026-12-01T08:00:00Z");
    let mut expected: Vec<String> = GIVEN.iter().map(|s| (*s).to_string()).collect();
    expected.sort();
    let out = env.shell("sh").args(["-c", "env"]).output().unwrap();
    let mut seen: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.to_string()))
        .filter(|k| !SHELL.contains(&k.as_str()))
        .collect();
    seen.sort();
    assert_eq!(seen, expected);
    // A spawner's commands are cleared and given the same variables.
    let mut given: Vec<String> = env.spawner()()
        .get_envs()
        .filter(|(_, v)| v.is_some())
        .map(|(k, _)| k.to_string_lossy().into_owned())
        .collect();
    given.sort();
    assert_eq!(given, expected);
}
