//! # r2rhost-driver: building real test inputs
//!
//! (being written)
