//! # r2rhost-codegen: the JIT
//!
//! **Role.** Translates CIL method bodies to Cranelift IR and compiles them to machine
//! code: tier 0 today (fast compile, no optimization passes); tier 1 (optimized, inlining
//! across assemblies, this CPU's ISA, profile-guided) and an instrumented tier later.
//!
//! **Boundary.** Knows nothing about the runtime's data structures: everything it needs
//! (a token's meaning, a field offset, a helper, a method's entry slot) it asks through one
//! narrow trait, [`env::JitEnv`], implemented by `host`. It returns machine code, trap
//! sites and textual dumps (CLIF, disassembly); `host` owns code memory. No `unsafe`.
//!
//! **Dependents.** `host` only. Depends on `image` (IL decoding) and `pgo` (later).
//!
//! | module | what |
//! | --- | --- |
//! | [`env`] | the runtime interface and the facts it returns |
//! | [`abi`] | the managed calling convention (SysV x64 + CoreCLR's hidden arguments) |
//! | [`translate`] | CIL → CLIF: pre-pass, evaluation stack, opcode translation |
//! | [`compile`] | Cranelift settings per tier, compilation, dumps |
//! | [`error`] | why a method did not compile |

#![deny(missing_docs)]

pub mod abi;
pub mod compile;
pub mod env;
pub mod error;
pub mod translate;

pub use compile::{CompiledMethod, Dumps, Jit, LibCall, Reloc, RelocKind, Tier};
pub use error::{JitError, ManagedFailure};
pub use translate::MethodInput;
