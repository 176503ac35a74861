use crate::Env;

#[test]
fn every_change_is_logged_newest_first_with_filters() {
    let env = Env::new();
    env.seed();
    env.run(&[
        "--actor",
        "alice",
        "customer",
        "edit",
        "Acme",
        "--workflow",
        "gold",
    ])
    .code(0);
    let log = env.json(&["log"]);
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 5);
    assert_eq!(entries[0]["action"], "update");
    assert_eq!(entries[0]["actor"], "alice");
    assert_eq!(entries[0]["entity"], "customer");
    assert_eq!(entries[0]["entity_name"], "Acme");
    assert_eq!(
        entries[0]["changes"]["workflow"]["old"],
        serde_json::Value::Null
    );
    assert_eq!(entries[0]["changes"]["workflow"]["new"], "gold");
    assert_eq!(entries[4]["entity"], "partner");
    assert_eq!(entries[4]["actor"], "tester");

    assert_eq!(
        env.json(&["log", "--entity", "customer"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        env.json(&["log", "--entity", "customer:1"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        env.json(&["log", "--actor", "alice"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        env.json(&["log", "--limit", "2"]).as_array().unwrap().len(),
        2
    );
    assert_eq!(
        env.json(&["log", "--since", "1h"])
            .as_array()
            .unwrap()
            .len(),
        5
    );
    assert_eq!(
        env.json(&["log", "--since", "2999-01-01"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    env.run(&["log", "--since", "yesterday"]).code(2);
    env.run(&["log", "--entity", "spaceship"]).code(2);
    let csv = env.ok(&["-o", "csv", "log", "--limit", "1"]);
    assert!(
        csv.starts_with("id,at,actor,action,entity,entity_id,entity_name,changes\n"),
        "{csv}"
    );
}

#[test]
fn actor_comes_from_flag_then_env_then_os_user() {
    let env = Env::new();
    env.command()
        .env("PORTALCTL_ACTOR", "ci-provisioner")
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .assert()
        .success();
    env.ok(&[
        "--actor",
        "bob",
        "partner",
        "create",
        "M",
        "--email",
        "a@m.example",
    ]);
    env.ok(&["partner", "create", "O", "--email", "a@o.example"]);
    let actors: Vec<String> = env
        .json(&["log"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(actors, ["tester", "bob", "ci-provisioner"]);
}

#[test]
fn without_user_or_logname_the_actor_is_the_os_user() {
    let env = Env::new();
    let expected = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let expected = String::from_utf8_lossy(&expected.stdout).trim().to_string();
    env.command()
        .env_remove("USER")
        .env_remove("LOGNAME")
        .args(["partner", "create", "N", "--email", "a@n.example"])
        .assert()
        .success();
    assert_eq!(env.json(&["log"])[0]["actor"], expected.as_str());
}
