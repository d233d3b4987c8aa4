//! Exploration helper: signature extents and module contexts over many images.

use std::collections::BTreeMap;

use r2rhost_image::file::MappedFile;
use r2rhost_image::pe::{PeFile, Rva};
use r2rhost_image::r2r::{Fixup, ReadyToRun};

fn main() {
    let mut gaps: BTreeMap<(String, i64), usize> = BTreeMap::new();
    let mut modules: BTreeMap<String, usize> = BTreeMap::new();
    for path in std::env::args().skip(1) {
        let file = MappedFile::open(&path).unwrap();
        let pe = PeFile::parse(file.bytes()).unwrap();
        let Some(r2r) = ReadyToRun::open(&pe).unwrap() else { continue };
        let imports = r2r.imports().unwrap();
        let mut sigs: Vec<u32> = imports.cells().filter_map(|c| imports.signature_rva(c).ok().map(|r| r.0)).collect();
        sigs.sort();
        sigs.dedup();
        for w in sigs.windows(2) {
            let b = pe.at_rva(Rva(w[0])).unwrap();
            let (f, len) = Fixup::decode_with_len(b, 0, r2r.fixup_context()).unwrap();
            let gap = i64::from(w[1] - w[0]) - len as i64;
            *gaps.entry((f.kind.name().to_string(), gap.clamp(-1, 8))).or_default() += 1;
            f.visit_tokens(&mut |m, t| {
                let key = format!("{} table {:#x}", if m.is_some() { "override" } else { "default" }, t.table_byte());
                *modules.entry(key).or_default() += 1;
            });
            let dbg = format!("{f:?}");
            let n_inmod_gi = dbg.matches("InModule { module: ").count();
            let n_gi_inmod = dbg.matches("GenericInst {").count();
            if n_inmod_gi > 0 {
                *modules.entry("InModule".into()).or_default() += n_inmod_gi;
                *modules.entry(format!("InModule+GenericInst {}", dbg.contains("InModule { module: ") && dbg.split("InModule { module: ").skip(1).any(|p| p.split_once("inner: ").is_some_and(|(_, r)| r.starts_with("GenericInst"))))).or_default() += 1;
            }
            if n_gi_inmod > 0 { *modules.entry("GenericInst".into()).or_default() += n_gi_inmod; }
            if dbg.contains("update_context: Some") { *modules.entry("UpdateContext".into()).or_default() += 1; }
            if std::env::var("SHOW").is_ok_and(|k| k == f.kind.name()) {
                println!("{path} {:#x}: {f} bytes {:02x?}", w[0], &b.data()[..len.min(24)]);
            }
        }
    }
    for (k, v) in gaps {
        println!("{k:?}: {v}");
    }
    for (k, v) in modules {
        println!("{k}: {v}");
    }
}
