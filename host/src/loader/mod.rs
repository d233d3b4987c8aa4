//! The loader: assemblies (the binder), types and methods, as the runtime and the JIT see
//! them.
//!
//! * [`binder`]: which file an assembly reference means. Framework names bind to the
//!   corelib shim; everything else is probed in the application's directory.
//! * [`types`]: type identity ([`TypeKey`] → [`TypeId`]), kinds, layout, statics, the
//!   MethodTable objects point to.
//! * [`sig`]: signatures resolved in a generic context, and signature shapes for matching
//!   members across assemblies.
//! * [`methods`]: method identity ([`MethodId`]), member resolution (MemberRef, MethodSpec,
//!   fields), vtables and interface maps.
//!
//! Generic code is specialized: every instantiation of a generic type or method is its own
//! [`TypeId`]/[`MethodId`] with exact types, so the JIT never sees a generic parameter.
//! Failures are managed exceptions in CoreCLR's shape ([`Failure`]), raised in the code
//! that needed the member.

pub mod binder;
pub mod methods;
pub mod sig;
pub mod types;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::path::PathBuf;

pub use r2rhost_codegen::ManagedFailure as Failure;
use r2rhost_image::Image;
use r2rhost_image::metadata::Metadata;
use r2rhost_image::metadata::token::TypeDefRid;

pub use methods::{MethodDesc, MethodId};
pub use types::{TypeDesc, TypeId, TypeKey};

/// An assembly loaded into the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AsmId(pub u16);

/// A loaded assembly: its image (mapped for the life of the process) and lookup tables.
pub struct Assembly {
    /// Simple name.
    pub name: String,
    /// Where it came from (or `<embedded>`).
    pub path: PathBuf,
    /// The parsed image.
    pub image: Image<'static>,
    /// Top-level types by (namespace, name).
    type_names: Option<HashMap<(String, String), TypeDefRid>>,
    /// AssemblyRef rid → bound assembly (filled on first use).
    refs: HashMap<u32, AsmId>,
    /// ReadyToRun images: the other assemblies in the image's version bubble (the
    /// AssemblyRefs of its manifest metadata, as CoreCLR's `IsInSameVersionBubble` reads
    /// them). `None` for IL-only images.
    pub bubble: Option<Vec<String>>,
}

impl std::fmt::Debug for Assembly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Assembly").field("name", &self.name).field("path", &self.path).finish_non_exhaustive()
    }
}

impl Assembly {
    /// The assembly's metadata.
    pub fn md(&self) -> &Metadata<'static> {
        // Every assembly is admitted by the binder only if it has metadata.
        self.image.metadata.as_ref().expect("assemblies are admitted only with metadata")
    }
}

/// The loader's state: every assembly, type and method loaded so far.
pub struct Loader {
    /// Loaded assemblies.
    pub assemblies: Vec<Assembly>,
    /// The corelib shim.
    pub corelib: AsmId,
    /// Where other assemblies are probed.
    pub probing: binder::Probing,
    pub(crate) types: Vec<TypeDesc>,
    pub(crate) type_index: HashMap<TypeKey, TypeId>,
    pub(crate) methods: Vec<MethodDesc>,
    pub(crate) method_index: HashMap<(TypeId, u32, Vec<TypeId>), MethodId>,
    pub(crate) mt_index: HashMap<u64, TypeId>,
    /// Generic virtual method implementations found so far: (object type, declared
    /// method instantiation) → implementation.
    pub(crate) gvm_cache: HashMap<(TypeId, MethodId), MethodId>,
    pub(crate) stubs: Box<dyn methods::StubFactory + Send>,
    /// The types the JIT names without a token (filled at start-up).
    pub well_known: HashMap<r2rhost_codegen::env::WellKnown, TypeId>,
}

impl std::fmt::Debug for Loader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loader").field("assemblies", &self.assemblies.len()).field("types", &self.types.len()).field("methods", &self.methods.len()).finish()
    }
}

impl Loader {
    /// A loader whose corelib is `corelib` (already parsed); other assemblies are probed in
    /// `app_dir`.
    pub fn new(corelib_path: PathBuf, corelib: Image<'static>, app_dir: PathBuf, stubs: Box<dyn methods::StubFactory + Send>) -> Result<Loader, Failure> {
        let mut l = Loader {
            assemblies: Vec::new(),
            corelib: AsmId(0),
            probing: binder::Probing { app_dir },
            types: Vec::new(),
            type_index: HashMap::new(),
            methods: Vec::new(),
            method_index: HashMap::new(),
            mt_index: HashMap::new(),
            gvm_cache: HashMap::new(),
            well_known: HashMap::new(),
            stubs,
        };
        l.corelib = l.add_assembly("System.Private.CoreLib", corelib_path, corelib)?;
        Ok(l)
    }

    /// Number of types loaded.
    pub fn type_count(&self) -> usize {
        self.types.len()
    }

    /// Number of methods loaded.
    pub fn method_count(&self) -> usize {
        self.methods.len()
    }
}

/// Failure constructors in CoreCLR's message shapes.
pub mod fail {
    use super::Failure;

    /// `System.TypeLoadException`.
    pub fn type_load(type_name: &str, assembly: &str) -> Failure {
        Failure {
            exception: "System.TypeLoadException",
            message: format!("Could not load type '{type_name}' from assembly '{assembly}'."),
        }
    }

    /// `System.MissingMethodException`.
    pub fn missing_method(signature: &str) -> Failure {
        Failure { exception: "System.MissingMethodException", message: format!("Method not found: '{signature}'.") }
    }

    /// `System.MissingFieldException`.
    pub fn missing_field(name: &str) -> Failure {
        Failure { exception: "System.MissingFieldException", message: format!("Field not found: '{name}'.") }
    }

    /// `System.IO.FileNotFoundException` for an assembly that cannot be found.
    pub fn assembly_not_found(display_name: &str) -> Failure {
        Failure {
            exception: "System.IO.FileNotFoundException",
            message: format!("Could not load file or assembly '{display_name}'. The system cannot find the file specified."),
        }
    }

    /// `System.BadImageFormatException`.
    pub fn bad_image(what: &str) -> Failure {
        Failure { exception: "System.BadImageFormatException", message: what.to_string() }
    }

    /// `System.InvalidProgramException`.
    pub fn invalid_program(what: &str) -> Failure {
        Failure { exception: "System.InvalidProgramException", message: format!("Common Language Runtime detected an invalid program. ({what})") }
    }

    /// `System.NotSupportedException` for a feature this host does not implement.
    pub fn unsupported(what: &str) -> Failure {
        Failure { exception: "System.NotSupportedException", message: format!("r2rhost does not support {what} yet.") }
    }
}

/// Metadata errors become BadImageFormatException.
pub fn bad(e: r2rhost_image::ImageError) -> Failure {
    fail::bad_image(&e.to_string())
}
