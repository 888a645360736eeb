//! The user-facing examples run a few steps each and their loss falls. `cargo test` builds
//! the examples beside the test binaries (target/<profile>/examples/).

use std::path::PathBuf;
use std::process::Command;

fn example(name: &str) -> PathBuf {
    let deps = std::env::current_exe().unwrap();
    let path = deps
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join(name);
    assert!(
        path.exists(),
        "{} is missing: cargo test builds the examples, run it through cargo",
        path.display()
    );
    path
}

/// The `loss <x>` values an example printed, in order.
fn losses(name: &str, args: &[&str]) -> (Vec<f64>, String) {
    let out = Command::new(example(name)).args(args).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{name} failed:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let l = text
        .lines()
        .filter_map(|l| l.split("loss").nth(1)?.trim().parse().ok())
        .collect();
    (l, text)
}

#[test]
fn the_mlp_example_fits_its_curve() {
    let (l, text) = losses("mlp", &["120"]);
    assert!(l.len() >= 3 && l[l.len() - 1] < 0.2 * l[0], "{text}");
}

#[test]
fn the_cnn_example_learns_its_colour_rule() {
    let (l, text) = losses("cnn_classifier", &["60"]);
    assert!(l.len() >= 3 && l[l.len() - 1] < l[0], "{text}");
    let percent = |after: &str| -> f64 {
        text.split(after)
            .nth(1)
            .and_then(|t| t.split('%').next()?.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let (acc, base) = (percent("held-out accuracy "), percent("larger class "));
    assert!(
        acc > base + 5.0,
        "better than always guessing the larger class: {text}"
    );
}
