//! A row's CSV cells straight from its `Serialize` impl, field by field in declaration order,
//! without building a `serde_json::Value` per row: text is neutralised for spreadsheets
//! (`csv_safe`), a list is joined with `;`, a missing value is empty, and anything nested (the
//! audit's `changes`) is its JSON text.

use serde::Serialize;
use serde::ser::{self, Impossible};

use super::csv_safe;

/// Why a value was not written as a cell: nested (written as JSON instead), or a real error.
#[derive(Debug)]
pub enum CellError {
    Nested,
    Other(String),
}

impl std::fmt::Display for CellError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CellError::Nested => f.write_str("a nested value"),
            CellError::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for CellError {}

impl ser::Error for CellError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        CellError::Other(msg.to_string())
    }
}

/// The cells of `row` (a struct), in field order, into `out` (cleared first).
pub fn cells<T: Serialize>(row: &T, out: &mut Vec<String>) -> Result<(), CellError> {
    out.clear();
    row.serialize(RowSer { out, names: None })
}

/// The names of `row`'s fields (a struct), in declaration order: its type's one field list,
/// as serde sees it.
pub fn field_names<T: Serialize>(row: &T) -> Result<Vec<&'static str>, CellError> {
    let mut names = Vec::new();
    row.serialize(RowSer {
        out: &mut Vec::new(),
        names: Some(&mut names),
    })?;
    Ok(names)
}

struct RowSer<'a> {
    out: &'a mut Vec<String>,
    names: Option<&'a mut Vec<&'static str>>,
}

struct Fields<'a> {
    out: &'a mut Vec<String>,
    names: Option<&'a mut Vec<&'static str>>,
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = ();
    type Error = CellError;

    fn serialize_field<V: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &V,
    ) -> Result<(), CellError> {
        if let Some(names) = &mut self.names {
            names.push(key);
            return Ok(());
        }
        let cell = match value.serialize(CellSer { nested: false }) {
            Ok(c) => c,
            Err(CellError::Nested) => csv_safe(
                super::json::to_string(value).map_err(|e| CellError::Other(e.to_string()))?,
            ),
            Err(e) => return Err(e),
        };
        self.out.push(cell);
        Ok(())
    }

    fn end(self) -> Result<(), CellError> {
        Ok(())
    }
}

/// One cell. `nested`: inside a list, where text is joined first and neutralised as a whole.
struct CellSer {
    nested: bool,
}

impl CellSer {
    fn text(&self, s: &str) -> String {
        if self.nested {
            s.to_string()
        } else {
            csv_safe(s.to_string())
        }
    }
}

/// A list's items, joined with `;`.
struct Items {
    nested: bool,
    joined: String,
    first: bool,
}

impl ser::SerializeSeq for Items {
    type Ok = String;
    type Error = CellError;

    fn serialize_element<V: ?Sized + Serialize>(&mut self, value: &V) -> Result<(), CellError> {
        if !self.first {
            self.joined.push(';');
        }
        self.first = false;
        self.joined
            .push_str(&value.serialize(CellSer { nested: true })?);
        Ok(())
    }

    fn end(self) -> Result<String, CellError> {
        Ok(if self.nested {
            self.joined
        } else {
            csv_safe(self.joined)
        })
    }
}

/// The compound forms no cell and no row takes: tuples, maps, enum variants with data.
macro_rules! reject_compounds {
    ($ok:ty, $err:expr) => {
        fn serialize_newtype_variant<V: ?Sized + Serialize>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &V,
        ) -> Result<$ok, CellError> {
            Err($err)
        }
        fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, CellError> {
            Err($err)
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, CellError> {
            Err($err)
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, CellError> {
            Err($err)
        }
        fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, CellError> {
            Err($err)
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, CellError> {
            Err($err)
        }
    };
}

macro_rules! display {
    ($($f:ident: $t:ty),*) => {
        $(fn $f(self, v: $t) -> Result<String, CellError> {
            Ok(v.to_string())
        })*
    };
}

impl ser::Serializer for CellSer {
    type Ok = String;
    type Error = CellError;
    type SerializeSeq = Items;
    type SerializeTuple = Impossible<String, CellError>;
    type SerializeTupleStruct = Impossible<String, CellError>;
    type SerializeTupleVariant = Impossible<String, CellError>;
    type SerializeMap = Impossible<String, CellError>;
    type SerializeStruct = Impossible<String, CellError>;
    type SerializeStructVariant = Impossible<String, CellError>;

    display!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64);

    fn serialize_char(self, v: char) -> Result<String, CellError> {
        Ok(self.text(v.encode_utf8(&mut [0; 4])))
    }
    fn serialize_str(self, v: &str) -> Result<String, CellError> {
        Ok(self.text(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, CellError> {
        Err(CellError::Nested)
    }
    fn serialize_none(self) -> Result<String, CellError> {
        Ok(String::new())
    }
    fn serialize_some<V: ?Sized + Serialize>(self, value: &V) -> Result<String, CellError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, CellError> {
        Ok(String::new())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, CellError> {
        Ok(String::new())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, CellError> {
        Ok(self.text(variant))
    }
    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &V,
    ) -> Result<String, CellError> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items, CellError> {
        Ok(Items {
            nested: self.nested,
            joined: String::new(),
            first: true,
        })
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, CellError> {
        Err(CellError::Nested)
    }

    reject_compounds!(String, CellError::Nested);
}

fn not_a_row() -> CellError {
    CellError::Other("a CSV row must be a struct".into())
}

macro_rules! not_a_row {
    ($($f:ident: $t:ty),*) => {
        $(fn $f(self, _: $t) -> Result<(), CellError> {
            Err(not_a_row())
        })*
    };
}

impl<'a> ser::Serializer for RowSer<'a> {
    type Ok = ();
    type Error = CellError;
    type SerializeSeq = Impossible<(), CellError>;
    type SerializeTuple = Impossible<(), CellError>;
    type SerializeTupleStruct = Impossible<(), CellError>;
    type SerializeTupleVariant = Impossible<(), CellError>;
    type SerializeMap = Impossible<(), CellError>;
    type SerializeStruct = Fields<'a>;
    type SerializeStructVariant = Impossible<(), CellError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'a>, CellError> {
        Ok(Fields {
            out: self.out,
            names: self.names,
        })
    }

    not_a_row!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32,
        serialize_u64: u64, serialize_f32: f32, serialize_f64: f64, serialize_char: char,
        serialize_str: &str, serialize_bytes: &[u8]);

    fn serialize_none(self) -> Result<(), CellError> {
        Err(not_a_row())
    }
    fn serialize_some<V: ?Sized + Serialize>(self, _: &V) -> Result<(), CellError> {
        Err(not_a_row())
    }
    fn serialize_unit(self) -> Result<(), CellError> {
        Err(not_a_row())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), CellError> {
        Err(not_a_row())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), CellError> {
        Err(not_a_row())
    }
    fn serialize_newtype_struct<V: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &V,
    ) -> Result<(), CellError> {
        value.serialize(self)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, CellError> {
        Err(not_a_row())
    }

    reject_compounds!((), not_a_row());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Sample {
        id: i64,
        name: String,
        formula: String,
        missing: Option<String>,
        flag: bool,
        list: Vec<String>,
        changes: serde_json::Value,
    }

    #[test]
    fn cells_are_written_as_the_value_path_wrote_them() {
        let row = Sample {
            id: 7,
            name: "Acme".into(),
            formula: "=1+1".into(),
            missing: None,
            flag: true,
            list: vec!["-a".into(), "b".into()],
            changes: serde_json::json!({"name": {"old": "a", "new": "b"}}),
        };
        let mut out = Vec::new();
        cells(&row, &mut out).unwrap();
        assert_eq!(
            out,
            [
                "7",
                "Acme",
                "'=1+1",
                "",
                "true",
                "'-a;b",
                r#"{"name":{"old":"a","new":"b"}}"#
            ]
        );
    }
}
