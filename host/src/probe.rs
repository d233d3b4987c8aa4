//! Finding files next to an image: referenced assemblies by simple name, composite images
//! by file name. The binder (execution) and `inspect` share these rules.

use std::path::{Path, PathBuf};

/// `<dir>/<name>.dll` in the first of `dirs` that has it. Names are compared as given, then
/// case-insensitively (assembly names are case-insensitive; Linux file systems are not).
pub fn find_assembly(name: &str, dirs: &[PathBuf]) -> Option<PathBuf> {
    if name.is_empty() || name.contains(['/', '\\']) || name == "." || name == ".." {
        return None;
    }
    find_file(&format!("{name}.dll"), dirs)
}

/// `<dir>/<file_name>` in the first of `dirs` that has it (exact, then case-insensitive).
/// Names with path separators are refused: an image must not make us read other places.
pub fn find_file(file_name: &str, dirs: &[PathBuf]) -> Option<PathBuf> {
    if file_name.is_empty() || file_name.contains(['/', '\\', '\0']) || file_name == "." || file_name == ".." {
        return None;
    }
    for dir in dirs {
        let exact = dir.join(file_name);
        if exact.is_file() {
            return Some(exact);
        }
        if let Some(found) = case_insensitive(dir, file_name) {
            return Some(found);
        }
    }
    None
}

fn case_insensitive(dir: &Path, file_name: &str) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries.flatten().map(|e| e.path()).find(|p| {
        p.is_file() && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.eq_ignore_ascii_case(file_name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_in_names() {
        let dirs = [PathBuf::from("/")];
        assert_eq!(find_file("../etc/passwd", &dirs), None);
        assert_eq!(find_assembly("", &dirs), None);
        assert_eq!(find_file("..", &dirs), None);
    }
}
