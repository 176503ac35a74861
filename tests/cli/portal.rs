use serde_json::{Value, json};

use crate::{Env, Run, Tree};

fn code_of(v: &Value) -> String {
    v["authcode"].as_str().expect("an authcode").to_string()
}

fn verify(env: &Env, args: &[&str]) -> Run {
    let mut all = vec!["-o", "json", "authcode", "verify"];
    all.extend_from_slice(args);
    env.run(&all)
}

#[test]
fn the_whole_code_lifecycle() {
    let env = Env::new();
    env.seed();
    let enabled = env.json(&["portal", "enable", "--customer", "Acme"]);
    let code = code_of(&enabled);
    assert_eq!(enabled["portal"], true);
    assert_eq!(enabled["code_in_force"], true);
    assert_eq!(enabled["code_last4"], code[code.len() - 4..]);
    assert_eq!(enabled["portal_link"], Value::Null);

    let ok = verify(&env, &[&code]);
    ok.code(0);
    assert_eq!(ok.json()["scope"], "customer");
    assert_eq!(ok.json()["customer"], "Acme");

    // Enabling again changes nothing and prints no code.
    let again = env.json(&["portal", "enable", "--customer", "Acme"]);
    assert_eq!(again.get("authcode"), None);
    assert_eq!(again["code_last4"], enabled["code_last4"]);

    let new = code_of(&env.json(&["authcode", "regenerate", "--customer", "Acme"]));
    assert_ne!(new, code);
    verify(&env, &[&code]).code(6);
    verify(&env, &[&new]).code(0);

    env.ok(&["customer", "deactivate", "Acme"]);
    let r = verify(&env, &[&new]);
    r.code(6);
    assert_eq!(r.error_json()["error"]["message"], "access refused");
    let r = verify(&env, &[&new, "--explain"]);
    r.code(6);
    assert!(r.error_message().contains("deactivated"));
    env.ok(&["customer", "activate", "Acme"]);
    verify(&env, &[&new]).code(0);

    let disabled = env.json(&["portal", "disable", "--customer", "Acme"]);
    assert_eq!(disabled["portal"], false);
    assert_eq!(disabled["code_in_force"], false);
    verify(&env, &[&new]).code(6);
    assert_eq!(
        env.count("SELECT count(*) FROM customer WHERE authcode_hash IS NOT NULL"),
        0
    );
    env.run(&["authcode", "regenerate", "--customer", "Acme"])
        .code(4);

    let actions: Vec<String> = env
        .json(&["log", "--entity", "customer"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        actions[..4],
        ["disable", "activate", "deactivate", "regenerate"]
    );
}

/// The installation token of a new probe `name` at `site` (from `-q probe create`).
fn probe_token(env: &Env, name: &str, site: &str) -> String {
    env.run(&["-q", "probe", "create", name, "--site", site])
        .stdout
        .lines()
        .nth(1)
        .unwrap()
        .to_string()
}

#[test]
fn installation_level_needs_a_token_of_a_probe_at_that_site() {
    let env = Env::new();
    env.seed();
    let hq_token = probe_token(&env, "hq-probe-2", "HQ");
    env.ok(&["site", "create", "Depot", "--customer", "Acme"]);
    let depot_token = probe_token(&env, "depot-1", "Depot");
    let enable_hq = |level: &'static str| {
        vec![
            "portal",
            "enable",
            "--site",
            "HQ",
            "--customer",
            "Acme",
            level,
        ]
    };
    let code = code_of(&env.json(&enable_hq("--installation-level")));

    let r = verify(&env, &[&code, "--explain"]);
    r.code(6);
    assert!(r.error_message().contains("installation level"));
    let r = verify(&env, &[&code, "--token", &depot_token]);
    r.code(6);
    assert_eq!(r.error_json()["error"]["message"], "access refused");
    let ok = verify(&env, &[&code, "--token", &hq_token]);
    ok.code(0);
    assert_eq!(ok.json()["scope"], "site");
    assert_eq!(ok.json()["site"], "HQ");
    assert_eq!(ok.json()["probe"], "hq-probe-2");

    // A regenerated probe token replaces the old one at once.
    let fresh = env.json(&["authcode", "regenerate", "--probe", "hq-probe-2"]);
    let new_token = fresh["installation_token"].as_str().unwrap().to_string();
    verify(&env, &[&code, "--token", &hq_token]).code(6);
    verify(&env, &[&code, "--token", &new_token]).code(0);
    let shown = env.json(&["authcode", "show", "--probe", "hq-probe-2"]);
    assert_eq!(shown["code_last4"], new_token[new_token.len() - 4..]);
    assert_eq!(shown.get("installation_token"), None);

    // Without installation level the code alone opens the site.
    env.ok(&enable_hq("--no-installation-level"));
    verify(&env, &[&code]).code(0);
    env.run(&[
        "portal",
        "enable",
        "--customer",
        "Acme",
        "--installation-level",
    ])
    .code(2);
}

#[test]
fn input_is_forgiving_and_can_come_from_stdin() {
    let env = Env::new();
    env.seed();
    let code = code_of(&env.json(&["portal", "enable", "--customer", "Acme"]));
    let sloppy = code
        .to_lowercase()
        .replace('-', " ")
        .replace('0', "o")
        .replace('1', "l");
    verify(&env, &[&sloppy]).code(0);
    let r = env.run_with(
        &["-o", "json", "authcode", "verify", "-"],
        &format!("{code}\n"),
    );
    r.code(0);
    assert_eq!(r.json()["customer"], "Acme");
    env.run_with(&["authcode", "verify", "-", "--token", "-"], "x\n")
        .code(2);
    verify(&env, &["not-a-code"]).code(6);
    verify(&env, &["0000-0000-0000-0000-0000-0000"]).code(6);
}

#[test]
fn the_code_never_appears_outside_the_command_that_made_it() {
    let env = Env::new();
    env.seed();
    let code = code_of(&env.json(&["portal", "enable", "--customer", "Acme"]));
    let site_code = code_of(&env.json(&["portal", "enable", "--site", "HQ"]));
    let regenerated = code_of(&env.json(&["authcode", "regenerate", "--site", "HQ"]));
    let mut seen = env.printed_in_every_format(&[
        vec!["portal", "status", "--customer", "Acme"],
        vec!["portal", "status", "--site", "HQ"],
        vec!["authcode", "show", "--customer", "Acme"],
        vec!["authcode", "show", "--site", "HQ"],
        vec!["customer", "list"],
        vec!["customer", "show", "Acme"],
        vec!["customer", "view", "Acme"],
        vec!["site", "list"],
        vec!["log"],
    ]);
    let r = verify(
        &env,
        &[&format!("{}X", &code[..code.len() - 1]), "--explain"],
    );
    seen.push_str(&r.stderr);
    let raw = env.store_bytes();
    let raw = String::from_utf8_lossy(&raw);
    for secret in [&code, &site_code, &regenerated] {
        let bare = secret.replace('-', "");
        assert!(
            !seen.contains(secret.as_str()) && !seen.contains(&bare),
            "{secret} leaked"
        );
        assert!(
            !raw.contains(secret.as_str()) && !raw.contains(&bare),
            "{secret} in the store"
        );
    }
}

#[test]
fn portal_link_comes_from_the_partner_then_the_config() {
    let env = Env::new();
    env.seed();
    let cfg = env.path("c.toml");
    std::fs::write(&cfg, "portal_url = \"https://portal.example.com\"\n").unwrap();
    let cfg = cfg.to_str().unwrap();
    let v = env.json(&["--config", cfg, "portal", "enable", "--customer", "Acme"]);
    assert_eq!(v["portal_link"], "https://portal.example.com");
    env.ok(&[
        "partner",
        "edit",
        "Northwind",
        "--portal-url",
        "https://portal.northwind.example",
    ]);
    let v = env.json(&["--config", cfg, "portal", "status", "--customer", "Acme"]);
    assert_eq!(v["portal_link"], "https://portal.northwind.example");
    let r = env.run(&["portal", "enable", "--site", "HQ"]);
    r.code(0);
    assert!(
        r.stderr
            .contains("Portal link: https://portal.northwind.example"),
        "{}",
        r.stderr
    );
}

fn without_timestamps(mut v: Value) -> Value {
    match &mut v {
        Value::Object(m) => {
            m.retain(|k, _| !k.ends_with("_at"));
            for (_, x) in m.iter_mut() {
                *x = without_timestamps(x.take());
            }
        }
        Value::Array(a) => {
            for x in a.iter_mut() {
                *x = without_timestamps(x.take());
            }
        }
        _ => {}
    }
    v
}

#[test]
fn the_view_of_a_branded_account() {
    let env = Env::new();
    env.seed();
    env.ok(&[
        "customer",
        "edit",
        "Acme",
        "--display-name",
        "Acme Corp",
        "--primary-color",
        "#1a7f37",
        "--logo-url",
        "https://acme.example/logo.png",
        "--support-email",
        "help@acme.example",
    ]);
    Tree::new()
        .within("Acme", |c| {
            c.contact(
                "bill@acme.example",
                &["--name", "Bill", "--permission", "billing"],
            )
        })
        .make(&env);
    env.ok(&["portal", "enable", "--site", "HQ", "--installation-level"]);
    let v = without_timestamps(env.json(&[
        "--actor",
        "alice",
        "customer",
        "view",
        "Acme",
        "--reason",
        "ticket 42",
    ]));
    let expected = json!({
        "customer": {
            "id": 1, "partner_id": 1, "partner": "Northwind", "name": "Acme",
            "email": "it@acme.example", "workflow": null, "active": true, "portal": false,
            "display_name": "Acme Corp", "logo_url": "https://acme.example/logo.png",
            "primary_color": "#1a7f37", "support_email": "help@acme.example"
        },
        "branding": {
            "display_name": "Acme Corp", "primary_color": "#1a7f37",
            "logo_url": "https://acme.example/logo.png", "support_email": "help@acme.example",
            "portal_link": null
        },
        "banner": null,
        "sites": [{
            "id": 1, "name": "HQ", "address": null, "portal": true, "installation_level": true,
            "probes": [{"id": 1, "name": "hq-probe-1", "serial": null}]
        }],
        "users": [{
            "id": 1, "kind": "contact", "customer_id": 1, "customer": "Acme", "account_id": 1,
            "user_id": 1, "email": "bill@acme.example", "name": "Bill", "phone": null,
            "contact_type": null, "permissions": ["billing"], "status": "active", "login": false
        }],
        "doors": [
            {"scope": "customer", "site_id": null, "site": null, "open": false,
             "needs_installation_token": false, "closed_because": "the portal is disabled",
             "code_last4": null},
            {"scope": "site", "site_id": 1, "site": "HQ", "open": true,
             "needs_installation_token": true, "closed_because": null,
             "code_last4": v["doors"][1]["code_last4"].clone()}
        ]
    });
    assert_eq!(v, expected);
    let audit = env.json(&["log", "--action", "view"]);
    assert_eq!(audit[0]["actor"], "alice");
    assert_eq!(audit[0]["changes"]["reason"], "ticket 42");
}

#[test]
fn the_view_of_a_deactivated_account() {
    let env = Env::new();
    env.seed();
    env.ok(&["customer", "deactivate", "Acme"]);
    let out = env.ok(&["customer", "view", "Acme"]);
    let expected = "\
Acme
!! This account is deactivated: no portal access and no data transfers.
+----------------+-------------+
| customer       | Acme (id 1) |
| partner        | Northwind   |
| primary colour | -           |
| logo           | -           |
| support        | -           |
| portal link    | -           |
| status         | inactive    |
+----------------+-------------+

Portal doors
+----------+--------+-------------------+------+-----------------------------+
| door     | open   | needs probe token | code | why closed                  |
+============================================================================+
| customer | closed | no                | -    | the customer is deactivated |
| site HQ  | closed | no                | -    | the customer is deactivated |
+----------+--------+-------------------+------+-----------------------------+

Sites
+------+---------+----------+--------------------+------------+
| site | address | portal   | installation level | probes     |
+=============================================================+
| HQ   |         | disabled | no                 | hq-probe-1 |
+------+---------+----------+--------------------+------------+

People
(none)
";
    assert_eq!(out, expected);
    let v = env.json(&["customer", "view", "Acme"]);
    assert_eq!(
        v["banner"],
        "This account is deactivated: no portal access and no data transfers."
    );
    assert!(
        v["doors"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["open"] == false)
    );
}
