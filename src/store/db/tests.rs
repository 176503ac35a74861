use super::*;

#[test]
fn placeholders_become_dollars_outside_literals() {
    assert_eq!(
        to_dollar("SELECT a FROM t WHERE b = ?1 AND c = '?2' AND \"?x\" = ?12"),
        "SELECT a FROM t WHERE b = $1 AND c = '?2' AND \"?x\" = $12"
    );
    assert_eq!(to_dollar("it''s ?1"), "it''s $1");
}

#[test]
fn values_bind_on_sqlite_and_read_back() {
    let db = Db::sqlite_of(rusqlite::Connection::open_in_memory().unwrap());
    db.batch("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c BLOB)")
        .unwrap();
    let id = db
        .insert(
            "INSERT INTO t (a, b, c) VALUES (?1, ?2, ?3)",
            params!["x", true, vec![1u8, 2]],
        )
        .unwrap();
    assert_eq!(id, 1);
    let none: Option<String> = None;
    db.execute("INSERT INTO t (a, b) VALUES (?1, ?2)", params![none, 7i64])
        .unwrap();
    let rows: Vec<(Option<String>, bool, Option<Vec<u8>>)> = db
        .rows("SELECT a, b, c FROM t ORDER BY id", &[], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(
        rows,
        [
            (Some("x".to_string()), true, Some(vec![1, 2])),
            (None, true, None)
        ]
    );
    assert_eq!(
        db.row("SELECT a FROM t WHERE id = ?1", params![99i64], |r| r
            .get::<Option<String>>(0))
            .unwrap(),
        None
    );
}
