//! The binder: which assembly an AssemblyRef means.
//!
//! Framework assemblies — the facades apps are compiled against (System.Runtime,
//! System.Console, System.Collections, …, mscorlib, netstandard) and System.Private.CoreLib
//! itself — bind to the corelib shim: it is the one implementation of every framework type
//! r2rhost provides, so type forwarders are followed by construction. Any other name is
//! probed as `<name>.dll` in the application's directory. An assembly that cannot be found
//! raises FileNotFoundException with CoreCLR's message.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use r2rhost_image::Image;
use r2rhost_image::metadata::Metadata;
use r2rhost_image::file::MappedFile;
use r2rhost_image::metadata::assembly::ExportedTypeTarget;
use r2rhost_image::metadata::token::{AssemblyRefRid, TableId, TypeDefRid};

use super::{AsmId, Assembly, Failure, Loader, bad, fail};

/// Assembly names that bind to the corelib shim.
pub const FRAMEWORK_NAMES: &[&str] = &[
    "System.Private.CoreLib",
    "System.Runtime",
    "System.Console",
    "System.Collections",
    "System.Collections.NonGeneric",
    "System.Memory",
    "System.Runtime.Extensions",
    "System.Runtime.InteropServices",
    "System.Runtime.Intrinsics",
    "System.Runtime.CompilerServices.Unsafe",
    "System.Numerics.Vectors",
    "System.Threading",
    "System.Threading.Thread",
    "System.Diagnostics.Debug",
    "System.Diagnostics.Tools",
    "System.Globalization",
    "System.Text.Encoding.Extensions",
    "System.Runtime.Numerics",
    "System.Reflection",
    "System.Reflection.Primitives",
    "System.Text.Encoding",
    "System.Threading.Tasks",
    "mscorlib",
    "netstandard",
];

/// Whether `name` is served by the corelib shim.
pub fn is_framework(name: &str) -> bool {
    FRAMEWORK_NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}

/// Where assemblies come from.
#[derive(Clone, Debug)]
pub struct Probing {
    /// The application's directory.
    pub app_dir: PathBuf,
}

/// Maps a file for the life of the process and parses it.
pub fn open_static(path: &Path) -> Result<(&'static [u8], Image<'static>), Failure> {
    let file = MappedFile::open(path).map_err(bad)?;
    // Assemblies are never unloaded: the mapping lives as long as the process.
    let file: &'static MappedFile = Box::leak(Box::new(file));
    let image = Image::parse(file.bytes()).map_err(bad)?;
    Ok((file.bytes(), image))
}

impl Loader {
    /// Admits an assembly whose image is already parsed. Fails when it has no metadata.
    pub fn add_assembly(&mut self, name_hint: &str, path: PathBuf, image: Image<'static>) -> Result<AsmId, Failure> {
        let Some(md) = image.metadata.as_ref() else {
            return Err(fail::bad_image(&format!("{}: not a managed assembly (no CLI metadata)", path.display())));
        };
        let name = md.assembly_name().map_err(bad)?.map(|a| a.name.to_string()).unwrap_or_else(|| name_hint.to_string());
        let id = AsmId(u16::try_from(self.assemblies.len()).map_err(|_| fail::unsupported("more than 65535 assemblies"))?);
        let bubble = version_bubble(&image)?;
        self.assemblies.push(Assembly { name, path, image, type_names: None, refs: HashMap::new(), bubble });
        Ok(id)
    }

    /// The assembly an AssemblyRef row of `asm` binds to.
    pub fn bind_ref(&mut self, asm: AsmId, r: AssemblyRefRid) -> Result<AsmId, Failure> {
        if let Some(id) = self.assemblies[asm.0 as usize].refs.get(&r.0) {
            return Ok(*id);
        }
        let md = self.assemblies[asm.0 as usize].md();
        let an = md.assembly_ref_name(r).map_err(bad)?;
        let name = an.name.to_string();
        let display = an.to_string();
        let id = self.bind_name(&name, &display)?;
        self.assemblies[asm.0 as usize].refs.insert(r.0, id);
        Ok(id)
    }

    /// Binds an assembly by simple name.
    pub fn bind_name(&mut self, name: &str, display: &str) -> Result<AsmId, Failure> {
        if is_framework(name) {
            return Ok(self.corelib);
        }
        if let Some(i) = self.assemblies.iter().position(|a| a.name.eq_ignore_ascii_case(name)) {
            return Ok(AsmId(i as u16));
        }
        let Some(path) = crate::probe::find_assembly(name, std::slice::from_ref(&self.probing.app_dir)) else {
            return Err(fail::assembly_not_found(display));
        };
        let (_, image) = open_static(&path)?;
        self.add_assembly(name, path, image)
    }

    /// A top-level or nested type by namespace and name in `asm` (nested names use `+`),
    /// following type forwarders (ExportedType rows).
    pub fn find_type_def(&mut self, asm: AsmId, namespace: &str, name: &str) -> Result<Option<(AsmId, TypeDefRid)>, Failure> {
        let mut parts = name.split('+');
        let outer = parts.next().unwrap_or(name);
        let Some((asm, mut rid)) = self.find_top_level(asm, namespace, outer)? else { return Ok(None) };
        for inner in parts {
            match self.find_nested(asm, rid, inner)? {
                Some(n) => rid = n,
                None => return Ok(None),
            }
        }
        Ok(Some((asm, rid)))
    }

    /// A top-level type by namespace and name, following type forwarders.
    fn find_top_level(&mut self, asm: AsmId, namespace: &str, name: &str) -> Result<Option<(AsmId, TypeDefRid)>, Failure> {
        if self.assemblies[asm.0 as usize].type_names.is_none() {
            let md = self.assemblies[asm.0 as usize].md();
            let mut map = HashMap::new();
            for rid in md.rids::<TypeDefRid>() {
                let row = md.type_def(rid).map_err(bad)?;
                if row.flags.is_nested() {
                    continue;
                }
                let ns = md.string(row.namespace).map_err(bad)?.to_string();
                let n = md.string(row.name).map_err(bad)?.to_string();
                map.entry((ns, n)).or_insert(rid);
            }
            self.assemblies[asm.0 as usize].type_names = Some(map);
        }
        let Some(map) = &self.assemblies[asm.0 as usize].type_names else { return Ok(None) };
        if let Some(rid) = map.get(&(namespace.to_string(), name.to_string())) {
            return Ok(Some((asm, *rid)));
        }
        // A forwarder?
        let md = self.assemblies[asm.0 as usize].md();
        if md.row_count(TableId::ExportedType) > 0
            && let Some(et) = md.find_exported_type(namespace, name).map_err(bad)?
            && let Ok(ExportedTypeTarget::Assembly(r)) = md.exported_type_target(et)
        {
            let target = self.bind_ref(asm, r)?;
            if target != asm {
                return self.find_top_level(target, namespace, name);
            }
        }
        Ok(None)
    }

    /// A nested type of `enclosing` by name.
    pub fn find_nested(&self, asm: AsmId, enclosing: TypeDefRid, name: &str) -> Result<Option<TypeDefRid>, Failure> {
        let md = self.assemblies[asm.0 as usize].md();
        for n in md.nested_types(enclosing) {
            let row = md.type_def(n).map_err(bad)?;
            if md.string(row.name).map_err(bad)? == name {
                return Ok(Some(n));
            }
        }
        Ok(None)
    }
}

/// The assemblies a ReadyToRun image's manifest metadata names (its version bubble beyond
/// itself); `None` for IL-only images.
fn version_bubble(image: &Image<'static>) -> Result<Option<Vec<String>>, Failure> {
    let Some(r2r) = image.r2r.as_ref() else { return Ok(None) };
    let Some(bytes) = r2r.manifest_metadata().map_err(bad)? else { return Ok(Some(Vec::new())) };
    let manifest = Metadata::parse(bytes).map_err(bad)?;
    let mut names = Vec::new();
    for r in manifest.rids::<AssemblyRefRid>() {
        names.push(manifest.assembly_ref_name(r).map_err(bad)?.name.to_string());
    }
    Ok(Some(names))
}
