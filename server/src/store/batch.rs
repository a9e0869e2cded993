//! Batches in one statement: a JSON array of objects bound as one parameter and read as a
//! derived table with typed columns. PostgreSQL reads it with `json_to_recordset`, SQLite with
//! `json_each`; the statements around it are the same on both.

use super::Backend;

/// The SQL type of a column of a [`rows`] table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Int(&'static str),
    Text(&'static str),
}

impl Column {
    fn name(self) -> &'static str {
        match self {
            Column::Int(n) | Column::Text(n) => n,
        }
    }
}

/// The derived table `x` of the JSON array of objects bound as `$param`, with `columns`.
pub fn rows(backend: Backend, param: u8, columns: &[Column]) -> String {
    match backend {
        Backend::Postgres => {
            let typed: Vec<String> = columns
                .iter()
                .map(|c| match c {
                    Column::Int(n) => format!("{n} BIGINT"),
                    Column::Text(n) => format!("{n} TEXT"),
                })
                .collect();
            format!(
                "json_to_recordset(CAST(${param} AS json)) AS x({})",
                typed.join(", ")
            )
        }
        Backend::Sqlite => {
            let picked: Vec<String> = columns
                .iter()
                .map(|c| format!("json_extract(value, '$.{0}') AS {0}", c.name()))
                .collect();
            format!(
                "(SELECT {} FROM json_each(${param})) AS x",
                picked.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_database_reads_the_array_as_typed_columns() {
        let cols = [Column::Int("id"), Column::Text("key")];
        assert_eq!(
            rows(Backend::Postgres, 2, &cols),
            "json_to_recordset(CAST($2 AS json)) AS x(id BIGINT, key TEXT)"
        );
        assert_eq!(
            rows(Backend::Sqlite, 1, &cols),
            "(SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.key') AS key \
             FROM json_each($1)) AS x"
        );
    }
}
