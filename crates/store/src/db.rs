//! The two database backends behind one small interface: statements with `$1`-style parameters
//! (SQLite reads them as numbered parameters too), rows of text, integers and reals.
//!
//! Hand-written rather than an ORM or sqlx: the store needs a dozen statements, the SQLite side
//! must stay synchronous and light (rusqlite), and the two drivers' parameter traits differ only
//! in the few value types used here.

use crate::StoreError;

/// A parameter value.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Val<'a> {
    Text(&'a str),
    OptText(Option<&'a str>),
    Int(i64),
}

/// A cell of a result row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Cell {
    pub(crate) fn text(self) -> Option<String> {
        match self {
            Cell::Text(s) => Some(s),
            Cell::Int(i) => Some(i.to_string()),
            Cell::Real(r) => Some(r.to_string()),
            Cell::Null => None,
        }
    }

    pub(crate) fn int(&self) -> i64 {
        match self {
            Cell::Int(i) => *i,
            Cell::Real(r) => *r as i64,
            Cell::Text(s) => s.parse().unwrap_or(0),
            Cell::Null => 0,
        }
    }

    pub(crate) fn real(&self) -> f64 {
        match self {
            Cell::Int(i) => *i as f64,
            Cell::Real(r) => *r,
            Cell::Text(s) => s.parse().unwrap_or(0.0),
            Cell::Null => 0.0,
        }
    }
}

/// An open connection to one of the backends.
pub(crate) enum Db {
    Sqlite(rusqlite::Connection),
    Postgres(Box<postgres::Client>),
}

impl Db {
    pub(crate) fn is_postgres(&self) -> bool {
        matches!(self, Db::Postgres(_))
    }

    /// Run statements without parameters (schema, transaction control).
    pub(crate) fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        match self {
            Db::Sqlite(c) => c.execute_batch(sql)?,
            Db::Postgres(c) => c.batch_execute(sql)?,
        }
        Ok(())
    }

    /// Run one statement; returns the rows it changed.
    pub(crate) fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let params: Vec<rusqlite::types::Value> = params.iter().map(sqlite_value).collect();
                Ok(stmt.execute(rusqlite::params_from_iter(params))? as u64)
            }
            Db::Postgres(c) => {
                let owned = pg_values(params);
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    owned.iter().map(|v| v.as_ref()).collect();
                Ok(c.execute(sql, &refs)?)
            }
        }
    }

    /// Run a query and collect its rows.
    pub(crate) fn query(
        &mut self,
        sql: &str,
        params: &[Val],
    ) -> Result<Vec<Vec<Cell>>, StoreError> {
        match self {
            Db::Sqlite(c) => {
                let mut stmt = c.prepare_cached(sql)?;
                let n = stmt.column_count();
                let params: Vec<rusqlite::types::Value> = params.iter().map(sqlite_value).collect();
                let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
                let mut out = Vec::new();
                while let Some(row) = rows.next()? {
                    let mut cells = Vec::with_capacity(n);
                    for i in 0..n {
                        use rusqlite::types::ValueRef;
                        cells.push(match row.get_ref(i)? {
                            ValueRef::Null => Cell::Null,
                            ValueRef::Integer(v) => Cell::Int(v),
                            ValueRef::Real(v) => Cell::Real(v),
                            ValueRef::Text(t) | ValueRef::Blob(t) => {
                                Cell::Text(String::from_utf8_lossy(t).into_owned())
                            }
                        });
                    }
                    out.push(cells);
                }
                Ok(out)
            }
            Db::Postgres(c) => {
                let owned = pg_values(params);
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> =
                    owned.iter().map(|v| v.as_ref()).collect();
                let rows = c.query(sql, &refs)?;
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    let mut cells = Vec::with_capacity(row.len());
                    for (i, col) in row.columns().iter().enumerate() {
                        use postgres::types::Type;
                        let t = col.type_();
                        let cell = if *t == Type::INT8 {
                            row.try_get::<_, Option<i64>>(i)?
                                .map_or(Cell::Null, Cell::Int)
                        } else if *t == Type::INT4 {
                            row.try_get::<_, Option<i32>>(i)?
                                .map_or(Cell::Null, |v| Cell::Int(v.into()))
                        } else if *t == Type::FLOAT8 {
                            row.try_get::<_, Option<f64>>(i)?
                                .map_or(Cell::Null, Cell::Real)
                        } else if *t == Type::FLOAT4 {
                            row.try_get::<_, Option<f32>>(i)?
                                .map_or(Cell::Null, |v| Cell::Real(v.into()))
                        } else {
                            row.try_get::<_, Option<String>>(i)?
                                .map_or(Cell::Null, Cell::Text)
                        };
                        cells.push(cell);
                    }
                    out.push(cells);
                }
                Ok(out)
            }
        }
    }
}

fn sqlite_value(v: &Val) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match *v {
        Val::Text(s) => Value::Text(s.to_string()),
        Val::OptText(Some(s)) => Value::Text(s.to_string()),
        Val::OptText(None) => Value::Null,
        Val::Int(i) => Value::Integer(i),
    }
}

/// PostgreSQL text cannot hold NUL; hostile input may. It becomes U+FFFD, as undecodable bytes do.
fn pg_text(s: &str) -> String {
    if s.contains('\0') {
        s.replace('\0', "\u{FFFD}")
    } else {
        s.to_string()
    }
}

fn pg_values(params: &[Val]) -> Vec<Box<dyn postgres::types::ToSql + Sync>> {
    params
        .iter()
        .map(|v| -> Box<dyn postgres::types::ToSql + Sync> {
            match *v {
                Val::Text(s) => Box::new(pg_text(s)),
                Val::OptText(s) => Box::new(s.map(pg_text)),
                Val::Int(i) => Box::new(i),
            }
        })
        .collect()
}
