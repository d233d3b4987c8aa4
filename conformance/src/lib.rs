//! # r2rhost-conformance
//!
//! **Role.** Runs conformance cases (C# or IL programs with their expected stdout and exit
//! code inline) under CoreCLR, the oracle, and under `r2rhost` in every execution mode, and
//! compares stdout, stderr and exit code.
//!
//! **Boundary.** Drives the `r2rhost` binary as a user would; links no runtime code.
//!
//! **Status.** Skeleton: the runner and its cases come with the execution-core issue,
//! when `r2rhost run` exists.
