//! The `portalctl` binary: everything lives in the library.

fn main() -> std::process::ExitCode {
    portalctl::run(std::env::args_os())
}
