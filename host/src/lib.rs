//! # r2rhost: the host
//!
//! **Role.** The `r2rhost` binary and everything that runs a .NET program: the binder
//! (app directory, runtimeconfig.json, framework names → the corelib shim), the type system
//! (MethodTables, crossgen2-identical field layout), the runtime (heap, GC, exceptions,
//! helpers, stubs, internal calls), ReadyToRun execution (cells, fixups, validation and the
//! policy that decides per image and per method whether native code is used), the code
//! manager (stable entry slots, call counting, tier 1) and the command line.
//!
//! **Boundary.** The top of the dependency chain: it may use `image`, `pgo` and `codegen`;
//! nothing depends on it but the binary. It is the only crate with real `unsafe` (raw
//! memory and machine code), each block with a `// SAFETY:` comment.
//!
//! **Status.** `inspect` and the dumps work; `run` executes programs JIT-only (tier 0) on
//! the corelib shim; exceptions, the GC, delegates and R2R execution are next.
//!
//! | module | what |
//! | --- | --- |
//! | [`inspect`] | `r2rhost inspect`: headers, coverage, per-method code, fixups, EH, unwind, disassembly |
//! | [`r2r`] | the ReadyToRun policy (which native code is used, and why) |
//! | [`probe`] | finding referenced assemblies and composite images next to an image |
//! | [`dump`] | `r2rhost dump`: metadata tables, IL bodies, R2R sections |
//! | [`layout`] | crossgen2-identical field layout (instance, statics) and SysV classification |
//! | [`loader`] | binder, types, methods, signatures, vtables, interface maps |
//! | [`runtime`] | `r2rhost run`: prestubs, JIT environment, heap, helpers, internal calls |
//! | [`shim_coverage`] | how much of the framework's public API the corelib shim implements |

pub mod dump;
pub mod inspect;
pub mod layout;
pub mod loader;
pub mod probe;
pub mod r2r;
pub mod runtime;
pub mod shim_coverage;
