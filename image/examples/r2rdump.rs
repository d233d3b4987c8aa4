//! Dumps or checks ReadyToRun images: `r2rdump [--walk] FILE...`.

use std::io::Write;

use r2rhost_image::file::MappedFile;
use r2rhost_image::pe::PeFile;
use r2rhost_image::r2r::{ReadyToRun, dump, walk};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let walk_only = args.iter().any(|a| a == "--walk");
    let mut total = walk::WalkStats::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let file = match MappedFile::open(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let pe = match PeFile::parse(file.bytes()) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let r2r = match ReadyToRun::open(&pe) {
            Ok(Some(r)) => r,
            Ok(None) => {
                if !walk_only {
                    let _ = writeln!(out, "{path}: not a ReadyToRun image");
                }
                continue;
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        if walk_only {
            let s = walk::walk(&r2r);
            for (what, e) in &s.errors {
                let _ = writeln!(out, "{path}: {what}: {e}");
            }
            total.add(&s);
        } else {
            match dump::dump_all(&r2r) {
                Ok(text) => {
                    if out.write_all(text.as_bytes()).is_err() {
                        return;
                    }
                }
                Err(e) => eprintln!("{path}: {e}"),
            }
        }
    }
    if walk_only {
        let _ = writeln!(out, "{total:#?}");
    }
}
