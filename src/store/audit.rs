//! The audit trail: one row per change, written in the transaction of the change itself.

use super::Writer;
use super::db::Row;
use crate::error::Result;
use crate::model::{AuditEntry, Entity};

pub use crate::model::AuditAction as Action;

/// Records one change. `changes` must never hold a secret or its hash; its null fields are
/// left out (a create lists what was set).
pub fn record(
    w: &Writer,
    action: Action,
    entity: Entity,
    entity_id: Option<i64>,
    entity_name: Option<&str>,
    changes: &serde_json::Value,
) -> Result<()> {
    use super::db::ToValue;
    w.queue_audit([
        w.now().to_value(),
        w.user().to_value(),
        w.actor().to_value(),
        action.to_value(),
        entity.to_value(),
        entity_id.to_value(),
        entity_name.to_value(),
        compact(changes).to_value(),
    ])
}

/// The columns of one audit row.
pub const FIELDS: usize = 8;

/// The statement that inserts `rows` audit rows at once.
pub(crate) fn insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO audit (at, \"user\", actor, action, entity, entity_id, entity_name, changes) VALUES ",
    );
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        let b = r * FIELDS;
        sql.push('(');
        sql.push_str(
            &(1..=FIELDS)
                .map(|i| format!("?{}", b + i))
                .collect::<Vec<_>>()
                .join(", "),
        );
        sql.push(')');
    }
    sql
}

/// The JSON text of `changes` without its top-level nulls.
fn compact(changes: &serde_json::Value) -> String {
    match changes {
        serde_json::Value::Object(map) if map.values().any(serde_json::Value::is_null) => {
            let kept: serde_json::Map<String, serde_json::Value> = map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            serde_json::Value::Object(kept).to_string()
        }
        other => other.to_string(),
    }
}

#[derive(Debug, Default)]
pub struct Filter {
    pub entity: Option<Entity>,
    pub entity_id: Option<i64>,
    pub actor: Option<String>,
    pub user: Option<String>,
    pub action: Option<Action>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// Calls `each` for every matching entry, newest first, without collecting them.
pub fn for_each(
    conn: &super::db::Db,
    filter: &Filter,
    each: impl FnMut(AuditEntry) -> Result<()>,
) -> Result<()> {
    let mut q = super::Query::new(
        "SELECT id, at, \"user\", actor, action, entity, entity_id, entity_name, changes FROM audit",
    );
    if let Some(e) = filter.entity {
        q.and("entity = ?", e);
    }
    if let Some(id) = filter.entity_id {
        q.and("entity_id = ?", id);
    }
    if let Some(a) = &filter.actor {
        q.and("actor = ?", a.clone());
    }
    if let Some(u) = &filter.user {
        q.and("\"user\" = ?", u.clone());
    }
    if let Some(a) = filter.action {
        q.and("action = ?", a);
    }
    if let Some(s) = &filter.since {
        q.and("at >= ?", s.clone());
    }
    if let Some(u) = &filter.until {
        q.and("at <= ?", u.clone());
    }
    q.stream(conn, "id DESC", filter.limit, filter.offset, from_row, each)
}

fn from_row(r: &Row) -> Result<AuditEntry> {
    let changes: String = r.get(8)?;
    Ok(AuditEntry {
        id: r.get(0)?,
        at: r.get(1)?,
        user: r.get(2)?,
        actor: r.get(3)?,
        action: r.word(4)?,
        entity: r.word(5)?,
        entity_id: r.get(6)?,
        entity_name: r.get(7)?,
        changes: serde_json::from_str(&changes).unwrap_or(serde_json::Value::String(changes)),
    })
}
