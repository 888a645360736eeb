//! Shared by the integration tests: one device per test binary, chosen like the CLI does
//! (WGPU_BACKEND / WGPU_ADAPTER_NAME, else the best adapter).

#![allow(dead_code)]

use std::sync::OnceLock;
use wgtrain::Gpu;

pub fn gpu() -> &'static Gpu {
    static GPU: OnceLock<Gpu> = OnceLock::new();
    GPU.get_or_init(|| {
        Gpu::from_env().unwrap_or_else(|e| panic!("tests need a GPU adapter (lavapipe works: apt-get install mesa-vulkan-drivers): {e}"))
    })
}

/// A file under tests/fixtures.
pub fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The tensors of a fixture file.
pub fn fixture(name: &str) -> Vec<wgtrain::io::checkpoint::NamedTensor> {
    wgtrain::io::checkpoint::load(&fixture_path(name))
        .unwrap()
        .0
}

/// The fixture tensor called `name`.
pub fn named<'a>(
    ts: &'a [wgtrain::io::checkpoint::NamedTensor],
    name: &str,
) -> &'a wgtrain::io::checkpoint::NamedTensor {
    ts.iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("fixture has no {name}"))
}

/// Largest |ours − reference| relative to the largest |reference| of the tensor.
pub fn max_rel_diff(ours: &[f32], reference: &[f32]) -> f64 {
    assert_eq!(ours.len(), reference.len());
    let scale = reference
        .iter()
        .fold(0.0f64, |m, v| m.max(v.abs() as f64))
        .max(1e-30);
    ours.iter()
        .zip(reference)
        .map(|(a, b)| (*a as f64 - *b as f64).abs())
        .fold(0.0, f64::max)
        / scale
}

/// Elements of a model's parameters (for the memory estimates' exact parameter counts).
pub fn numel(params: &[(String, wgtrain::autograd::Var)]) -> u64 {
    params.iter().map(|(_, v)| v.value().numel() as u64).sum()
}

#[cfg(feature = "cli")]
/// A memory estimate against what a run on a private device really created (`used`, its
/// `bytes_created`): the parameters exactly, the bytes at least all of it and at most 4 times
/// it.
pub fn assert_estimate_bounds(
    est: &wgtrain::train::memory::MemoryEstimate,
    built_parameters: u64,
    used: u64,
    what: &str,
) {
    eprintln!("{what}: used {used}, estimated {} ({est:?})", est.bytes());
    assert_eq!(est.parameters, built_parameters, "{what}");
    assert!(
        est.bytes() >= used && est.bytes() <= 4 * used,
        "{what}: used {used}, {est:?}"
    );
}

/// The scene models at a tiny size (dropout on; `vocab` from the data).
#[cfg(feature = "cli")]
pub fn tiny_scene_config(use_vae: bool, vocab: usize) -> wgtrain::train::scene::SceneConfig {
    wgtrain::train::scene::SceneConfig {
        lm: wgtrain::models::scene_lm::LmConfig {
            vocab,
            d_model: 16,
            heads: 2,
            layers: 1,
            d_ff: 32,
            max_len: 64,
            dropout: 0.1,
        },
        hidden_dim: 16,
        z_dim: 8,
        use_vae,
    }
}
