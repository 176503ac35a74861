//! The values that go into a statement and come out of a row, on either backend: our own
//! `Value`, what binds as one (`ToValue`, `params!`), what reads from a cell (`FromCell`,
//! `Row`), and their conversions to and from the two drivers' types.

use crate::error::{Error, Result};

/// A value bound to a statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    Blob(Vec<u8>),
}

/// What can be bound as a `Value` (by reference, as `args!` takes its arguments).
pub trait ToValue {
    fn to_value(&self) -> Value;
}

impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl ToValue for i64 {
    fn to_value(&self) -> Value {
        Value::Int(*self)
    }
}
impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToValue for [u8] {
    fn to_value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl ToValue for Vec<u8> {
    fn to_value(&self) -> Value {
        Value::Blob(self.clone())
    }
}
impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

/// A state or kind is stored as its word.
macro_rules! words_are_text {
    ($($t:ty),+) => {
        $(impl ToValue for $t {
            fn to_value(&self) -> Value {
                Value::Text(crate::model::Word::as_str(*self).to_string())
            }
        })+
    };
}
words_are_text!(
    crate::model::ContactKind,
    crate::model::Status,
    crate::model::InviteStatus,
    crate::model::Entity,
    crate::store::audit::Action
);

/// The arguments of a statement: `params![c.name, c.id]` (each taken by reference).
#[macro_export]
macro_rules! params {
    ($($x:expr),* $(,)?) => {
        &[$($crate::store::db::ToValue::to_value(&$x)),*][..]
    };
}
pub use params;

/// What a statement can be given as its arguments: `params![..]`, or an array of values.
pub trait Params {
    fn values(self) -> Vec<Value>;
}

impl Params for &[Value] {
    fn values(self) -> Vec<Value> {
        self.to_vec()
    }
}

impl Params for Vec<Value> {
    fn values(self) -> Vec<Value> {
        self
    }
}

impl<T: ToValue, const N: usize> Params for [T; N] {
    fn values(self) -> Vec<Value> {
        self.iter().map(ToValue::to_value).collect()
    }
}

/// A value read from a row, on either backend.
pub trait FromCell: Sized {
    fn from_sqlite(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Self>;
    fn from_pg(r: &postgres::Row, i: usize) -> std::result::Result<Self, postgres::Error>;
}

pub(super) fn pg_int(
    r: &postgres::Row,
    i: usize,
) -> std::result::Result<Option<i64>, postgres::Error> {
    use postgres::types::Type;
    let ty = r.columns()[i].type_().clone();
    Ok(if ty == Type::BOOL {
        r.try_get::<_, Option<bool>>(i)?.map(i64::from)
    } else if ty == Type::INT4 {
        r.try_get::<_, Option<i32>>(i)?.map(i64::from)
    } else if ty == Type::INT2 {
        r.try_get::<_, Option<i16>>(i)?.map(i64::from)
    } else {
        r.try_get::<_, Option<i64>>(i)?
    })
}

impl FromCell for Option<i64> {
    fn from_sqlite(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        r.get(i)
    }
    fn from_pg(r: &postgres::Row, i: usize) -> std::result::Result<Self, postgres::Error> {
        pg_int(r, i)
    }
}
impl FromCell for i64 {
    fn from_sqlite(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        r.get(i)
    }
    fn from_pg(r: &postgres::Row, i: usize) -> std::result::Result<Self, postgres::Error> {
        // A NULL where a number must be is read as the driver's own type error.
        match pg_int(r, i)? {
            Some(v) => Ok(v),
            None => r.try_get::<_, i64>(i),
        }
    }
}
impl FromCell for bool {
    fn from_sqlite(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
        r.get(i)
    }
    fn from_pg(r: &postgres::Row, i: usize) -> std::result::Result<Self, postgres::Error> {
        i64::from_pg(r, i).map(|v| v != 0)
    }
}
/// Types both drivers read as they are.
macro_rules! read_as_is {
    ($($t:ty),+) => {
        $(impl FromCell for $t {
            fn from_sqlite(r: &rusqlite::Row, i: usize) -> rusqlite::Result<Self> {
                r.get(i)
            }
            fn from_pg(r: &postgres::Row, i: usize) -> std::result::Result<Self, postgres::Error> {
                r.try_get(i)
            }
        })+
    };
}
read_as_is!(String, Option<String>, Vec<u8>, Option<Vec<u8>>);

/// One row of a result, on either backend.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Pg(&'a postgres::Row),
}

impl Row<'_> {
    /// The number of columns.
    #[must_use]
    pub fn columns(&self) -> usize {
        match self {
            Row::Sqlite(r) => r.as_ref().column_count(),
            Row::Pg(r) => r.len(),
        }
    }

    /// The cell as a `Value`, whatever its type (for copying a store between backends).
    pub fn value(&self, i: usize) -> Result<Value> {
        match self {
            Row::Sqlite(r) => Ok(match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => Value::Null,
                rusqlite::types::ValueRef::Integer(v) => Value::Int(v),
                rusqlite::types::ValueRef::Real(v) => Value::Text(v.to_string()),
                rusqlite::types::ValueRef::Text(t) => {
                    Value::Text(String::from_utf8_lossy(t).into_owned())
                }
                rusqlite::types::ValueRef::Blob(b) => Value::Blob(b.to_vec()),
            }),
            Row::Pg(r) => {
                use postgres::types::Type;
                let ty = r.columns()[i].type_().clone();
                Ok(if ty == Type::BYTEA {
                    r.try_get::<_, Option<Vec<u8>>>(i)?
                        .map_or(Value::Null, Value::Blob)
                } else if ty == Type::TEXT || ty == Type::VARCHAR || ty == Type::NAME {
                    r.try_get::<_, Option<String>>(i)?
                        .map_or(Value::Null, Value::Text)
                } else {
                    pg_int(r, i)?.map_or(Value::Null, Value::Int)
                })
            }
        }
    }

    pub fn get<T: FromCell>(&self, i: usize) -> Result<T> {
        match self {
            Row::Sqlite(r) => T::from_sqlite(r, i).map_err(Error::from),
            Row::Pg(r) => T::from_pg(r, i).map_err(Error::from),
        }
    }

    /// A state or kind, stored as its word; any other word is a damaged store (exit 1).
    pub fn word<W: crate::model::Word>(&self, i: usize) -> Result<W> {
        let text: String = self.get(i)?;
        W::parse(&text).ok_or_else(|| {
            Error::failure(format!(
                "the store holds {} {} where a {} must be",
                W::WHAT,
                crate::model::quote(&text),
                W::WHAT
            ))
            .with_hint("run `portalctl db check`, and restore from a backup if it finds damage")
        })
    }
}

impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> std::result::Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>>
    {
        use postgres::types::Type;
        if *ty == Type::UNKNOWN {
            // An unnamed statement's argument, its type left to the server: sent as text,
            // which the server reads as whatever type it inferred.
            match self {
                Value::Null => return Ok(postgres::types::IsNull::Yes),
                Value::Int(v) => out.extend_from_slice(v.to_string().as_bytes()),
                Value::Text(s) => out.extend_from_slice(s.as_bytes()),
                Value::Blob(b) => {
                    out.extend_from_slice(b"\\x");
                    for byte in b {
                        out.extend_from_slice(format!("{byte:02x}").as_bytes());
                    }
                }
            }
            return Ok(postgres::types::IsNull::No);
        }
        match self {
            Value::Null => Ok(postgres::types::IsNull::Yes),
            Value::Int(v) if *ty == Type::BOOL => (*v != 0).to_sql(ty, out),
            Value::Int(v) if *ty == Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
            Value::Int(v) if *ty == Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
            Value::Int(v) => v.to_sql(ty, out),
            Value::Text(s) => s.as_str().to_sql(ty, out),
            Value::Blob(b) => b.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(_ty: &postgres::types::Type) -> bool {
        true
    }

    fn encode_format(&self, ty: &postgres::types::Type) -> postgres::types::Format {
        if *ty == postgres::types::Type::UNKNOWN {
            postgres::types::Format::Text
        } else {
            postgres::types::Format::Binary
        }
    }

    postgres::types::to_sql_checked!();
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

pub(super) fn pg_args(args: &[Value]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    args.iter()
        .map(|a| a as &(dyn postgres::types::ToSql + Sync))
        .collect()
}
