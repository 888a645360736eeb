//! Choosing an adapter: `--backend`, `--adapter`, and wgpu's own environment variables
//! (`WGPU_BACKEND`, `WGPU_ADAPTER_NAME`). The default is the highest-performance adapter.

use crate::error::{Error, Result};

/// What the user asked for. Empty fields mean "no preference".
#[derive(Clone, Debug, Default)]
pub struct AdapterChoice {
    /// `vulkan`, `metal`, `dx12` or `gl` (comma-separated list allowed, as `WGPU_BACKEND`).
    pub backend: Option<String>,
    /// An index into the list `wgtrain devices` prints, or a case-insensitive part of the name.
    pub adapter: Option<String>,
}

impl AdapterChoice {
    /// Fill unset fields from `WGPU_BACKEND` and `WGPU_ADAPTER_NAME`.
    pub fn with_env(mut self) -> Self {
        if self.backend.is_none() {
            self.backend = std::env::var("WGPU_BACKEND").ok().filter(|s| !s.is_empty());
        }
        if self.adapter.is_none() {
            self.adapter = std::env::var("WGPU_ADAPTER_NAME")
                .ok()
                .filter(|s| !s.is_empty());
        }
        self
    }

    /// The back ends this choice allows (all when none is named).
    pub fn backends(&self) -> Result<wgpu::Backends> {
        let Some(text) = &self.backend else {
            return Ok(wgpu::Backends::all());
        };
        let mut out = wgpu::Backends::empty();
        for part in text.split(',').map(|s| s.trim().to_lowercase()) {
            out |= match part.as_str() {
                "vulkan" | "vk" => wgpu::Backends::VULKAN,
                "metal" | "mtl" => wgpu::Backends::METAL,
                "dx12" | "d3d12" => wgpu::Backends::DX12,
                "gl" | "gles" | "opengl" => wgpu::Backends::GL,
                other => {
                    return Err(Error::invalid(
                        "--backend",
                        format!("unknown backend '{other}'; use vulkan, metal, dx12 or gl"),
                    ))
                }
            };
        }
        Ok(out)
    }
}

/// A wgpu instance over `backends`.
pub fn instance(backends: wgpu::Backends) -> wgpu::Instance {
    let mut desc = wgpu::InstanceDescriptor::new_without_display_handle_from_env();
    desc.backends = backends;
    wgpu::Instance::new(desc)
}

/// Ranking for "highest performance": discrete > integrated > virtual > CPU > other,
/// then the native APIs before GL.
fn rank(info: &wgpu::AdapterInfo) -> (u8, u8) {
    let kind = match info.device_type {
        wgpu::DeviceType::DiscreteGpu => 0,
        wgpu::DeviceType::IntegratedGpu => 1,
        wgpu::DeviceType::VirtualGpu => 2,
        wgpu::DeviceType::Cpu => 3,
        wgpu::DeviceType::Other => 4,
    };
    let api = match info.backend {
        wgpu::Backend::Vulkan | wgpu::Backend::Metal | wgpu::Backend::Dx12 => 0,
        _ => 1,
    };
    (kind, api)
}

/// Adapters that can run compute shaders, in the order `wgtrain devices` lists them.
pub fn list_adapters(backends: wgpu::Backends) -> Vec<wgpu::Adapter> {
    let inst = instance(backends);
    let mut adapters: Vec<wgpu::Adapter> = pollster::block_on(inst.enumerate_adapters(backends))
        .into_iter()
        .filter(|a| {
            a.get_downlevel_capabilities()
                .flags
                .contains(wgpu::DownlevelFlags::COMPUTE_SHADERS)
        })
        .collect();
    adapters.sort_by_key(|a| rank(&a.get_info()));
    adapters
}

/// One line about an adapter: index, name, kind, back end and driver.
pub fn describe(index: usize, info: &wgpu::AdapterInfo) -> String {
    format!(
        "  [{index}] {} ({:?}, {:?}, driver: {} {})",
        info.name, info.backend, info.device_type, info.driver, info.driver_info
    )
}

/// Pick the adapter the user asked for, or the best one.
pub fn choose(choice: &AdapterChoice) -> Result<wgpu::Adapter> {
    let backends = choice.backends()?;
    let adapters = list_adapters(backends);
    let listing = || {
        let all = list_adapters(wgpu::Backends::all());
        if all.is_empty() {
            "  (none: install a Vulkan driver, e.g. `apt-get install mesa-vulkan-drivers libvulkan1` on Linux)".to_string()
        } else {
            all.iter()
                .enumerate()
                .map(|(i, a)| describe(i, &a.get_info()))
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    let wanted = || {
        format!(
            "backend {} / adapter {}",
            choice.backend.as_deref().unwrap_or("any"),
            choice.adapter.as_deref().unwrap_or("any")
        )
    };
    let picked = match &choice.adapter {
        // data-parallel: a node's ranks spread over its adapters of the best one's kind and
        // back end (local rank i takes the i-th, wrapping); one process takes the best
        None => {
            let kind = |a: &wgpu::Adapter| {
                let i = a.get_info();
                (i.backend, i.device_type)
            };
            let best = adapters.first().map(kind);
            let same: Vec<wgpu::Adapter> = adapters
                .into_iter()
                .filter(|a| Some(kind(a)) == best)
                .collect();
            let local = crate::dist::world().local_rank() % same.len().max(1);
            same.into_iter().nth(local)
        }
        Some(sel) => {
            if let Ok(index) = sel.parse::<usize>() {
                adapters.into_iter().nth(index)
            } else {
                let needle = sel.to_lowercase();
                adapters
                    .into_iter()
                    .find(|a| a.get_info().name.to_lowercase().contains(&needle))
            }
        }
    };
    picked.ok_or_else(|| Error::AdapterNotFound {
        wanted: wanted(),
        available: listing(),
    })
}
