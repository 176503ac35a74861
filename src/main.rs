//! The `portalctl` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    portalctl::run(std::env::args_os())
}

/// mimalloc: the tool allocates many small strings (a tree's names, a snapshot's rows), where
/// it is about a fifth faster than the system allocator at the same peak memory (see
/// benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
