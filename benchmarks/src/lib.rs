//! # r2rhost-benchmarks
//!
//! (being written)
