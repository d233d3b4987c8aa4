//! `r2rhost dump`: the textual dumps of each stage, for tests and bug reports.

use std::fmt::Write;
use std::path::Path;

use r2rhost_image::file::MappedFile;
use r2rhost_image::metadata::names::{NameOptions, Names};
use r2rhost_image::metadata::token::{MethodDefRid, TableId};
use r2rhost_image::{Image, ImageError, Result};

/// Which dump.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DumpKind {
    /// Every metadata table, one line per row (or one table).
    Metadata,
    /// IL bodies in ildasm style.
    Il,
    /// The ReadyToRun header, import cells, methods, runtime functions and EH, token level.
    ReadyToRun,
}

/// Dumps `path`. `filter` selects a table name (metadata) or a method-name substring (IL).
pub fn dump_file(path: &Path, kind: DumpKind, filter: Option<&str>) -> Result<String> {
    let file = MappedFile::open(path)?;
    let image = Image::parse(file.bytes())?;
    let no_metadata = || ImageError::unsupported("the file has no CLI metadata (not a managed image)");
    let mut out = String::new();
    match kind {
        DumpKind::Metadata => {
            let md = image.metadata.as_ref().ok_or_else(no_metadata)?;
            let fmt_err = |_| ImageError::internal("formatter refused output");
            match filter {
                None => md.dump(&mut out).map_err(fmt_err)?,
                Some(name) => {
                    let table = TableId::ALL
                        .iter()
                        .find(|t| format!("{t:?}").eq_ignore_ascii_case(name))
                        .ok_or_else(|| ImageError::unsupported(format!("no metadata table named {name}")))?;
                    md.dump_table(&mut out, *table).map_err(fmt_err)?;
                }
            }
        }
        DumpKind::Il => {
            let md = image.metadata.as_ref().ok_or_else(no_metadata)?;
            let names = Names::new(md).with_options(NameOptions::ildasm());
            for m in md.rids::<MethodDefRid>() {
                let name = names.render(|n, o| n.method_def(o, m)).unwrap_or_else(|e| format!("MethodDef#{} ({e})", m.0));
                if filter.is_some_and(|f| !name.contains(f)) {
                    continue;
                }
                let body = match md.method_body(&image.pe, m) {
                    Ok(Some(b)) => b,
                    Ok(None) => continue,
                    Err(e) => {
                        let _ = writeln!(out, ".method {name}\n// error: {e}\n");
                        continue;
                    }
                };
                let _ = writeln!(out, ".method {name} // {}", m.token());
                if let Err(e) = names.il_body(&mut out, &body) {
                    let _ = writeln!(out, "// error: {e}");
                }
                out.push('\n');
            }
        }
        DumpKind::ReadyToRun => {
            let r2r = image.r2r.as_ref().ok_or_else(|| ImageError::unsupported("the file has no ReadyToRun header (an IL-only assembly)"))?;
            out = r2rhost_image::r2r::dump::dump_all(r2r)?;
        }
    }
    Ok(out)
}
