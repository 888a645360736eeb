//! The `wgtrain` command line.

mod cli;

fn main() {
    private_runtime_dir();
    if let Err(e) = cli::main() {
        let world = wgtrain::dist::world();
        if world.size() > 1 {
            // the other ranks may be waiting for this one in a collective: end them all. An
            // error every rank meets (ranks that disagree) is said once: rank 0 ends the job
            // while the others give it two seconds first.
            if !world.is_root() {
                std::thread::sleep(std::time::Duration::from_secs(2));
            }
            wgtrain::dist::abort(
                &format!(
                    "error on rank {} of {}: {e:#}\nending the job (MPI_Abort)",
                    world.rank(),
                    world.size()
                ),
                2,
            );
        }
        eprintln!("error: {e:#}");
        std::process::exit(2);
    }
    wgtrain::dist::finalize();
    // Stopped by Ctrl-C at a safe point (the checkpoint is saved): still exit as an
    // interrupted command, so shells and job scripts do not take it for a finished run.
    if wgtrain::train::stop_requested() {
        std::process::exit(130);
    }
}

/// Headless machines often have no XDG_RUNTIME_DIR; probing the GL backend (EGL, Wayland) then
/// prints "error: XDG_RUNTIME_DIR is invalid or not set" several times, which is not an error
/// of ours. Give the process a private one (0700, under the temporary folder) when none is
/// usable; done first, while the process has one thread.
fn private_runtime_dir() {
    use std::os::unix::fs::PermissionsExt;
    let usable =
        std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| std::path::Path::new(&d).is_dir());
    if usable {
        return;
    }
    let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
    let dir = std::env::temp_dir().join(format!("wgtrain-runtime-{user}"));
    let made = std::fs::create_dir_all(&dir)
        .and_then(|_| std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)));
    if made.is_ok() {
        std::env::set_var("XDG_RUNTIME_DIR", &dir);
    }
}
