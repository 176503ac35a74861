//! The audit trail: one row per change, written in the transaction of the change itself.

use rusqlite::types::Value;

use super::Writer;
use crate::error::Result;
use crate::model::AuditEntry;

/// Records one change. `changes` must never hold a secret or its hash; its null fields are
/// left out (a create lists what was set).
pub fn record(
    w: &Writer,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    entity_name: Option<&str>,
    changes: &serde_json::Value,
) -> Result<()> {
    w.prepare_cached(
        "INSERT INTO audit (at, actor, action, entity, entity_id, entity_name, changes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(rusqlite::params![
        w.now(),
        w.actor(),
        action,
        entity,
        entity_id,
        entity_name,
        compact(changes)
    ])?;
    Ok(())
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
    pub entity: Option<String>,
    pub entity_id: Option<i64>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub since: Option<String>,
    pub limit: Option<i64>,
}

/// Calls `each` for every matching entry, newest first, without collecting them.
pub fn for_each(
    conn: &rusqlite::Connection,
    filter: &Filter,
    mut each: impl FnMut(AuditEntry) -> Result<()>,
) -> Result<()> {
    let mut sql = String::from(
        "SELECT id, at, actor, action, entity, entity_id, entity_name, changes FROM audit WHERE 1=1",
    );
    let mut args: Vec<Value> = Vec::new();
    if let Some(e) = &filter.entity {
        sql.push_str(" AND entity = ?");
        args.push(Value::Text(e.clone()));
    }
    if let Some(id) = filter.entity_id {
        sql.push_str(" AND entity_id = ?");
        args.push(Value::Integer(id));
    }
    if let Some(a) = &filter.actor {
        sql.push_str(" AND actor = ?");
        args.push(Value::Text(a.clone()));
    }
    if let Some(a) = &filter.action {
        sql.push_str(" AND action = ?");
        args.push(Value::Text(a.clone()));
    }
    if let Some(s) = &filter.since {
        sql.push_str(" AND at >= ?");
        args.push(Value::Text(s.clone()));
    }
    sql.push_str(" ORDER BY id DESC LIMIT ?");
    args.push(Value::Integer(filter.limit.unwrap_or(-1)));
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
    while let Some(r) = rows.next()? {
        let changes: String = r.get(7)?;
        each(AuditEntry {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            entity: r.get(4)?,
            entity_id: r.get(5)?,
            entity_name: r.get(6)?,
            changes: serde_json::from_str(&changes).unwrap_or(serde_json::Value::String(changes)),
        })?;
    }
    Ok(())
}
