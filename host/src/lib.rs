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
//! **Status.** `inspect` and the textual dumps work (issue 2); the execution core is next.
//!
//! | module | what |
//! | --- | --- |
//! | [`inspect`] | `r2rhost inspect`: headers, coverage, per-method code, fixups, EH, unwind, disassembly |
//! | [`r2r`] | the ReadyToRun policy (which native code is used, and why) |
//! | [`probe`] | finding referenced assemblies and composite images next to an image |
//! | [`dump`] | `r2rhost dump`: metadata tables, IL bodies, R2R sections |

pub mod dump;
pub mod inspect;
pub mod layout;
pub mod probe;
pub mod r2r;
