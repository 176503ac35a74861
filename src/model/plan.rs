//! The plan of `apply`: what it does to each entity, and the secrets it makes on the way.

use serde::Serialize;

use super::{Change, Differences, Entity};

/// A field an apply changes.
#[derive(Debug, Clone, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: serde_json::Value,
    pub new: serde_json::Value,
}

/// One entity of the plan.
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub action: Change,
    pub kind: Entity,
    /// Its path in the tree: `Northwind MSP / Acme / HQ`.
    pub name: String,
    pub id: Option<i64>,
    pub changes: Vec<FieldChange>,
}

/// A secret made on the way, printed once with the plan.
#[derive(Debug, Clone, Serialize)]
pub struct MadeSecret {
    pub kind: Entity,
    pub name: String,
    pub id: i64,
    pub field: &'static str,
    pub value: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub create: usize,
    pub update: usize,
    pub unchanged: usize,
    pub delete: usize,
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub file: String,
    pub dry_run: bool,
    pub prune: bool,
    pub counts: Counts,
    pub actions: Vec<Action>,
    pub secrets: Vec<MadeSecret>,
}

impl Report {
    /// The entities the plan deletes, as (kind, id).
    #[must_use]
    pub fn deletes(&self) -> Vec<(Entity, Option<i64>)> {
        self.actions
            .iter()
            .filter(|a| a.action == Change::Delete)
            .map(|a| (a.kind, a.id))
            .collect()
    }
}

impl Differences for Vec<FieldChange> {
    fn field<T: Serialize + PartialEq>(&mut self, field: &'static str, old: &T, new: &T) {
        if old != new {
            self.push(FieldChange {
                field,
                old: serde_json::to_value(old).unwrap_or(serde_json::Value::Null),
                new: serde_json::to_value(new).unwrap_or(serde_json::Value::Null),
            });
        }
    }
}
