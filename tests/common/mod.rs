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
