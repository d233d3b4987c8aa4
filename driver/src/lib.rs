//! # r2rhost-driver: building real test inputs, reproducibly
//!
//! **Role.** Produces the files r2rhost is tested on — IL assemblies compiled by Roslyn from
//! C#, assembled by ILAsm from IL, and ReadyToRun images compiled by crossgen2 — from sources
//! checked into the repository, with pinned tools, so every developer and CI machine gets
//! byte-identical inputs. On a fresh machine with only the .NET 10 SDK it restores the tool
//! packages it needs itself (first use, under a file lock). Builds are cached by a content
//! hash of everything that goes into them; a repeated build starts no tool at all.
//!
//! **Boundary.** Knows nothing about r2rhost's runtime: it only produces files (and can run
//! a built program under `dotnet`, the reference behaviour). Nothing built is checked in.
//!
//! **Dependents.** Tests, benchmarks and the conformance runner of every crate may depend on
//! it (as a dev-dependency, or from `conformance`/`benchmarks`); runtime code never does.
//!
//! | module | what |
//! | --- | --- |
//! | [`toolchain`] | finds `dotnet`, the SDK, Roslyn, the net10.0 reference pack, the shared framework |
//! | [`tools`] | crossgen2 / ILAsm / ILDAsm from NuGet at a pinned version |
//! | [`cache`] | content-hash keys and the atomic output cache |
//! | [`csc`], [`ilasm`], [`crossgen2`], [`ildasm`] | one typed request → typed output per tool |
//! | [`shim`] | the corelib shim, compiled from `corelib-shim/` |
//! | [`samples`] | the project's sample programs and the standard R2R variant suite |
//! | [`run`] | run a built program under `dotnet` |
//! | [`corrupt`] | corrupted copies of real inputs for property tests |
//! | [`cli`] | the `r2rhost-build` command |
//!
//! ```no_run
//! use r2rhost_driver::samples;
//! let variant = samples::r2r_variant("default")?;
//! for image in &variant.images {
//!     println!("{}", image.display());
//! }
//! # Ok::<(), r2rhost_driver::Error>(())
//! ```

#![deny(missing_docs)]

pub mod cache;
pub mod cli;
pub mod corrupt;
pub mod crossgen2;
pub mod csc;
pub mod error;
pub mod ilasm;
pub mod ildasm;
mod process;
pub mod run;
pub mod samples;
pub mod shim;
pub mod toolchain;
pub mod tools;

pub use cache::{BuildOutput, CacheKey, cache_root, workspace_root};
pub use crossgen2::{Crossgen2Output, Crossgen2Request, Optimize};
pub use csc::{CscOutput, CscRequest, OutputKind};
pub use error::{Error, Result};
pub use ilasm::{IlasmOutput, IlasmRequest};
pub use ildasm::{IldasmOutput, IldasmRequest};
pub use run::{AppRun, run_app};
pub use toolchain::{Toolchain, dotnet_exe, reference_assemblies, shared_framework_dir, toolchain};
pub use tools::{Tools, tools};
