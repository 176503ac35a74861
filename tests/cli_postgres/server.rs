//! What only a server has: the schema in `portalctl_schema`, roles and their permissions,
//! passwords from `PGPASSWORD` and the password file, locks held by other sessions.

use crate::Env;

#[test]
fn the_first_write_creates_the_schema_and_a_read_before_it_is_exit_3() {
    let env = Env::new();
    let r = env.run(&["partner", "list"]);
    r.code(3);
    assert!(r.stderr.contains("no portalctl store"), "{}", r.stderr);
    assert!(env.store_missing(), "a read creates nothing");
    env.ok(&["partner", "create", "N", "--email", "a@n.example"]);
    assert_eq!(
        env.count("SELECT version FROM portalctl_schema"),
        portalctl::store::migrations::latest()
    );
    let r = env.run(&["db", "migrate"]);
    r.code(0);
    assert!(r.stderr.contains("nothing to do"), "{}", r.stderr);
}
