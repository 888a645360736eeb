//! The GPU runtime: one device, a buffer pool, a pipeline cache and one command encoder that
//! collects dispatches until a sync point (readback, upload, or an explicit `flush`).
//!
//! Every other module talks to the GPU through [`Gpu::dispatch`], [`Gpu::upload`] and
//! [`Gpu::read_bytes`]; nothing else touches wgpu.

pub mod adapter;
pub mod half;
mod pool;
pub mod select;
mod tensor;

pub use adapter::AdapterChoice;
pub use select::Autotune;
pub use tensor::{DType, NamedTensor, Tensor};

use crate::error::{Error, Result};
use pool::BufferPool;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// One WGSL source file (a kernel family).
#[derive(Debug)]
pub struct Shader {
    /// A name for errors and caches.
    pub name: &'static str,
    /// The WGSL text.
    pub source: &'static str,
}

/// The square f16 x f16 -> f32 cooperative-matrix tile sizes `adapter` reports (8, 16).
fn coop_sizes(adapter: &wgpu::Adapter) -> Vec<u32> {
    if !adapter
        .features()
        .contains(wgpu::Features::EXPERIMENTAL_COOPERATIVE_MATRIX)
    {
        return vec![];
    }
    let mut sizes: Vec<u32> = adapter
        .cooperative_matrix_properties()
        .into_iter()
        .filter(|p| {
            p.m_size == p.n_size
                && p.n_size == p.k_size
                && p.ab_type == wgpu::CooperativeScalarType::F16
                && p.cr_type == wgpu::CooperativeScalarType::F32
        })
        .map(|p| p.m_size)
        .collect();
    sizes.sort();
    sizes.dedup();
    sizes
}

/// Largest workgroup count per grid dimension that every backend accepts.
pub const MAX_GROUPS_PER_DIM: u32 = 65_535;

/// Spread `groups` workgroups over a 2-D grid when they do not fit in x.
/// Shaders recover the linear index as `wid.x + wid.y * nwg.x`; extra groups exit early.
pub fn grid_1d(groups: u32) -> [u32; 3] {
    let groups = groups.max(1);
    if groups <= MAX_GROUPS_PER_DIM {
        [groups, 1, 1]
    } else {
        let y = groups.div_ceil(MAX_GROUPS_PER_DIM);
        let x = groups.div_ceil(y);
        [x, y, 1]
    }
}

/// Number of workgroups of size `wg` to cover `n` items.
pub fn groups_for(n: usize, wg: u32) -> u32 {
    (n.div_ceil(wg as usize)).max(1) as u32
}

/// One kernel launch, described by data.
pub struct Dispatch<'a> {
    /// The shader holding the entry point.
    pub shader: &'static Shader,
    /// The entry point.
    pub entry: &'static str,
    /// Pipeline-overridable constants (`override NAME: T` in WGSL); part of the cache key.
    pub constants: &'a [(&'static str, f64)],
    /// Uniform parameters, bound at binding 0 (u32 words; floats as `to_bits`).
    pub params: &'a [u32],
    /// Storage buffers by binding number (binding 0 is the parameter block). Only the
    /// bindings the entry point uses may be given: layouts are derived from the shader.
    pub buffers: &'a [(u32, &'a Tensor)],
    /// Workgroups in x, y, z.
    pub grid: [u32; 3],
}

/// Per-process counters the tests and `bench` read.
#[derive(Debug, Default)]
pub struct Counters {
    /// Buffers allocated from the device (pool misses).
    pub buffers_created: AtomicU64,
    /// Bytes of all buffers created. The pool recycles buffers and never frees them, so this
    /// is the process's peak device memory for tensors, parameter blocks and staging.
    pub bytes_created: AtomicU64,
    /// Compute pipelines compiled.
    pub pipelines_created: AtomicU64,
    /// Bind groups made (launches whose layout and buffers were not bound before).
    pub bind_groups_created: AtomicU64,
    /// Dispatches recorded.
    pub dispatches: AtomicU64,
    /// Command buffers submitted.
    pub submits: AtomicU64,
    /// Read-backs (each a submit and a wait for the device to finish).
    pub readbacks: AtomicU64,
}

/// Snapshot of [`Counters`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CounterSnapshot {
    /// Buffers allocated from the device (pool misses).
    pub buffers_created: u64,
    /// Bytes of those buffers.
    pub bytes_created: u64,
    /// Compute pipelines compiled.
    pub pipelines_created: u64,
    /// Bind groups made (launches whose layout and buffers were not bound before).
    pub bind_groups_created: u64,
    /// Dispatches recorded.
    pub dispatches: u64,
    /// Command buffers submitted.
    pub submits: u64,
    /// Read-backs (each a submit and a wait for the device to finish).
    pub readbacks: u64,
}

// Each dispatch's parameters get their own 256-byte slot in one uniform buffer (256 is the
// largest `min_uniform_buffer_offset_alignment` any backend asks for).
const PARAM_SLOT: u64 = 256;
const PARAM_SLOTS: u64 = 4096;

struct Batch {
    /// The compute pass the untimed dispatches share, open until the encoder is needed for
    /// something else (a copy, a timed pass, the submit). One pass per batch instead of one
    /// per dispatch: each pass costs the host a begin, an end and an encode at `finish`.
    /// Declared before `encoder` so that it is dropped (ended) first.
    pass: Option<wgpu::ComputePass<'static>>,
    encoder: Option<wgpu::CommandEncoder>,
    /// Parameters of the recorded dispatches, written to `params` just before submit.
    params: Vec<u8>,
    /// Names of the ops in this batch, for error messages.
    ops: Vec<&'static str>,
    /// GPU timing: the ops of the timed passes in the current batch, in order.
    timed_ops: Vec<&'static str>,
}

impl Batch {
    /// The batch's encoder (made on first use), with the shared pass ended.
    fn encoder(&mut self, device: &wgpu::Device) -> &mut wgpu::CommandEncoder {
        self.pass = None;
        self.encoder.get_or_insert_with(|| {
            device.create_command_encoder(&wgpu::CommandEncoderDescriptor {
                label: Some("wgtrain batch"),
            })
        })
    }

    /// The shared compute pass, begun if none is open.
    fn pass(&mut self, device: &wgpu::Device) -> &mut wgpu::ComputePass<'static> {
        if self.pass.is_none() {
            let pass = self
                .encoder(device)
                .begin_compute_pass(&wgpu::ComputePassDescriptor {
                    label: Some("wgtrain kernels"),
                    timestamp_writes: None,
                })
                .forget_lifetime();
            self.pass = Some(pass);
        }
        self.pass.as_mut().unwrap()
    }
}

struct Timing {
    queries: wgpu::QuerySet,
    resolve: wgpu::Buffer,
    readback: wgpu::Buffer,
    capacity: u32,
    period_ns: f64,
    enabled: bool,
    total_ns: f64,
    /// GPU time and pass count per op name.
    per_op: HashMap<&'static str, (f64, u64)>,
}

pub(crate) struct GpuInner {
    pub device: wgpu::Device,
    pub queue: wgpu::Queue,
    pub info: wgpu::AdapterInfo,
    pub limits: wgpu::Limits,
    pub features: wgpu::Features,
    /// The cooperative-matrix (tensor core) tile sizes with f16 operands and f32 accumulation
    /// the adapter reports with M = N = K (the shapes WGSL has), when the device has them.
    coop_sizes: Vec<u32>,
    pool: BufferPool,
    pipelines: Mutex<HashMap<PipelineKey, Arc<Kernel>>>,
    modules: Mutex<HashMap<&'static str, Arc<ShaderEntry>>>,
    /// Bind groups made so far, by layout and buffers: a training step binds the same pool
    /// buffers to the same kernels every iteration, and making a bind group is the largest
    /// host cost of a launch. Emptied by `trim_pool` (its entries keep buffers alive) and when
    /// it passes `BIND_GROUP_CACHE` entries.
    bind_groups: Mutex<HashMap<BindKey, wgpu::BindGroup>>,
    params: wgpu::Buffer,
    batch: Mutex<Batch>,
    timing: Option<Mutex<Timing>>,
    uncaptured: Arc<Mutex<Vec<String>>>,
    counters: Counters,
    /// `memory_limit()` when the device was opened: allocations past it are refused.
    memory_budget: Option<(u64, String)>,
    checked_shaders: bool,
    selection: select::Selection,
    /// `set_lane_order`'s order, and the renumbered twins made so far (the shader itself where
    /// none of its kernels is renumbered).
    lane_order: AtomicU32,
    lane_twins: Mutex<HashMap<(&'static str, u32), &'static Shader>>,
}

/// A compiled entry point and its bind group layout.
struct Kernel {
    pipeline: wgpu::ComputePipeline,
    layout: wgpu::BindGroupLayout,
}

/// A shader module and the kind of buffer each binding of group 0 declares.
struct ShaderEntry {
    module: wgpu::ShaderModule,
    bindings: HashMap<u32, wgpu::BufferBindingType>,
}

/// A bind group's identity: the layout and, per binding after the parameters, the buffer and
/// the bound size.
#[derive(PartialEq, Eq, Hash)]
struct BindKey {
    layout: wgpu::BindGroupLayout,
    buffers: Vec<(u32, wgpu::Buffer, u64)>,
}

/// Most bind groups kept (a few KiB of host memory each at most); past it the cache starts
/// over.
const BIND_GROUP_CACHE: usize = 8192;

/// The buffer kind of each `@group(0) @binding(N) var<...>` declared in `source`: uniform
/// (the parameter block at binding 0) or storage, read-only unless `read_write`. A scan of the
/// declarations, because naga takes a quarter of a second to parse the largest generated
/// shaders on a slow CPU; the unit test below checks it against naga's reading of every
/// shader, and wgpu checks every pipeline's layout against the shader it runs.
fn declared_bindings(name: &str, source: &str) -> Result<HashMap<u32, wgpu::BufferBindingType>> {
    let fail = |message: String| Error::Gpu {
        op: format!("shader {name}"),
        message,
    };
    let mut out = HashMap::new();
    for (at, _) in source.match_indices("@binding(") {
        let rest = &source[at + "@binding(".len()..];
        let close = rest
            .find(')')
            .ok_or_else(|| fail("an unclosed @binding(".into()))?;
        let binding: u32 = rest[..close]
            .trim()
            .parse()
            .map_err(|_| fail(format!("@binding({}) is not a number", &rest[..close])))?;
        let rest = rest[close + 1..].trim_start();
        let decl = rest
            .strip_prefix("var<")
            .and_then(|r| r.split_once('>'))
            .map(|(space, _)| space.replace(' ', ""))
            .ok_or_else(|| {
                fail(format!(
                    "@binding({binding}) is not followed by `var<space>`: kernels write \
                     `@group(0) @binding(N) var<...>`"
                ))
            })?;
        let ty = match decl.as_str() {
            "uniform" => wgpu::BufferBindingType::Uniform,
            "storage" | "storage,read" => wgpu::BufferBindingType::Storage { read_only: true },
            "storage,read_write" => wgpu::BufferBindingType::Storage { read_only: false },
            other => return Err(fail(format!("@binding({binding}) is var<{other}>"))),
        };
        if out.insert(binding, ty).is_some_and(|was| was != ty) {
            return Err(fail(format!(
                "@binding({binding}) is declared twice as different kinds of buffer"
            )));
        }
    }
    Ok(out)
}

/// The layout of a kernel that binds its parameters at binding 0 (with a dynamic offset: every
/// launch of a batch reads its own slot of one buffer, so one bind group serves every launch
/// with the same buffers) and `buffers` at the other bindings, of the kinds the shader declares.
fn layout_entries(
    bindings: &HashMap<u32, wgpu::BufferBindingType>,
    buffers: &[(u32, &Tensor)],
) -> std::result::Result<Vec<wgpu::BindGroupLayoutEntry>, String> {
    let mut numbers: Vec<u32> = std::iter::once(0)
        .chain(buffers.iter().map(|b| b.0))
        .collect();
    numbers.sort_unstable();
    numbers
        .into_iter()
        .map(|binding| {
            let ty = *bindings
                .get(&binding)
                .ok_or_else(|| format!("the shader declares no @binding({binding})"))?;
            if (binding == 0) != (ty == wgpu::BufferBindingType::Uniform) {
                return Err(format!(
                    "@binding({binding}) is {ty:?}; kernels take their parameters as the \
                     uniform at binding 0 and storage buffers at the others"
                ));
            }
            Ok(wgpu::BindGroupLayoutEntry {
                binding,
                visibility: wgpu::ShaderStages::COMPUTE,
                ty: wgpu::BindingType::Buffer {
                    ty,
                    has_dynamic_offset: binding == 0,
                    min_binding_size: None,
                },
                count: None,
            })
        })
        .collect()
}

#[derive(Clone, PartialEq, Eq, Hash)]
struct PipelineKey {
    shader: &'static str,
    entry: &'static str,
    constants: Vec<(&'static str, u64)>,
}

/// Handle to the device. Cheap to clone; every [`Tensor`] holds one.
#[derive(Clone)]
pub struct Gpu {
    pub(crate) inner: Arc<GpuInner>,
}

impl std::fmt::Debug for Gpu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Gpu({} on {:?})",
            self.inner.info.name, self.inner.info.backend
        )
    }
}

impl Gpu {
    /// Open the adapter the user asked for (or the best one), with its full limits.
    pub fn new(choice: &AdapterChoice) -> Result<Gpu> {
        let adapter = adapter::choose(choice)?;
        Self::from_adapter(adapter)
    }

    /// Open a device on the adapter chosen from the environment only (tests, examples).
    pub fn from_env() -> Result<Gpu> {
        Self::new(&AdapterChoice::default().with_env())
    }

    /// A device on `adapter`, with its full limits and the optional features it offers.
    pub fn from_adapter(adapter: wgpu::Adapter) -> Result<Gpu> {
        let info = adapter.get_info();
        // Ask for everything the adapter can do: the default 128 MiB binding limit is too small
        // for our models.
        let limits = adapter.limits();
        // Timestamps for `bench`; subgroups for the matmul kernel tuned for 8-wide CPU drivers;
        // f16 for mixed precision.
        let wanted =
            wgpu::Features::TIMESTAMP_QUERY | wgpu::Features::SUBGROUP | wgpu::Features::SHADER_F16;
        let mut features = adapter.features() & wanted;
        // Tensor cores: wgpu's cooperative matrices (experimental), where the adapter reports a
        // square f16 x f16 -> f32 configuration, which is all the kernel uses.
        let coop_sizes = coop_sizes(&adapter);
        let coop = !coop_sizes.is_empty()
            && features.contains(wgpu::Features::SHADER_F16)
            && std::env::var("WGTRAIN_NO_COOP").is_err();
        if coop {
            features |= wgpu::Features::EXPERIMENTAL_COOPERATIVE_MATRIX;
        }
        let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
            label: Some("wgtrain"),
            required_features: features,
            required_limits: limits.clone(),
            // SAFETY: wgpu asks for this opt-in because its experimental features may have
            // bugs; it is given only to use cooperative matrices, and the kernel that uses them
            // runs only after `check` rows compare it with its twin on this adapter
            experimental_features: if coop {
                unsafe { wgpu::ExperimentalFeatures::enabled() }
            } else {
                Default::default()
            },
            memory_hints: wgpu::MemoryHints::Performance,
            trace: Default::default(),
        }))
        .map_err(|e| Error::Device {
            adapter: info.name.clone(),
            message: e.to_string(),
        })?;

        // wgpu's default for errors nobody scoped is to panic; collect them instead and turn
        // them into typed errors at the next sync point.
        let uncaptured = Arc::new(Mutex::new(Vec::new()));
        let sink = uncaptured.clone();
        device.on_uncaptured_error(Arc::new(move |e: wgpu::Error| {
            sink.lock().unwrap().push(e.to_string());
        }));

        let params = device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("dispatch params"),
            size: PARAM_SLOT * PARAM_SLOTS,
            usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });

        let timing = features.contains(wgpu::Features::TIMESTAMP_QUERY).then(|| {
            let capacity = 2 * 1024;
            Mutex::new(Timing {
                queries: device.create_query_set(&wgpu::QuerySetDescriptor {
                    label: Some("pass timestamps"),
                    ty: wgpu::QueryType::Timestamp,
                    count: capacity,
                }),
                resolve: device.create_buffer(&wgpu::BufferDescriptor {
                    label: Some("timestamp resolve"),
                    size: capacity as u64 * 8,
                    usage: wgpu::BufferUsages::QUERY_RESOLVE | wgpu::BufferUsages::COPY_SRC,
                    mapped_at_creation: false,
                }),
                readback: device.create_buffer(&wgpu::BufferDescriptor {
                    label: Some("timestamp readback"),
                    size: capacity as u64 * 8,
                    usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
                    mapped_at_creation: false,
                }),
                capacity,
                period_ns: queue.get_timestamp_period() as f64,
                enabled: false,
                total_ns: 0.0,
                per_op: HashMap::new(),
            })
        });

        let autotune = Autotune::from_env()?;
        let device_key = format!(
            "{} | {:?} {} {} | wgtrain {}",
            info.name,
            info.backend,
            info.driver,
            info.driver_info,
            env!("CARGO_PKG_VERSION")
        );
        let checked_shaders = cfg!(debug_assertions)
            || std::env::var("WGTRAIN_CHECKED_SHADERS").is_ok_and(|v| v != "0");

        let memory_budget = memory_limit(&info);
        Ok(Gpu {
            inner: Arc::new(GpuInner {
                device,
                queue,
                info,
                limits,
                features,
                coop_sizes: if coop { coop_sizes } else { vec![] },
                pool: BufferPool::default(),
                pipelines: Mutex::new(HashMap::new()),
                modules: Mutex::new(HashMap::new()),
                bind_groups: Mutex::new(HashMap::new()),
                params,
                batch: Mutex::new(Batch {
                    pass: None,
                    encoder: None,
                    params: Vec::new(),
                    ops: Vec::new(),
                    timed_ops: Vec::new(),
                }),
                timing,
                uncaptured,
                counters: Counters::default(),
                memory_budget,
                checked_shaders,
                selection: select::Selection::new(autotune, device_key),
                lane_order: AtomicU32::new(0),
                lane_twins: Mutex::new(HashMap::new()),
            }),
        })
    }

    /// The adapter's name, kind, back end and driver.
    pub fn info(&self) -> &wgpu::AdapterInfo {
        &self.inner.info
    }
    /// The device's limits.
    pub fn limits(&self) -> &wgpu::Limits {
        &self.inner.limits
    }
    pub(crate) fn recycle(&self, buffer: wgpu::Buffer, class: u64) {
        self.inner.pool.give(buffer, class);
    }

    /// Release every idle pooled buffer back to the driver.
    pub fn trim_pool(&self) {
        self.inner.bind_groups.lock().unwrap().clear();
        self.inner.pool.clear();
    }

    /// The device's optional features.
    pub fn features(&self) -> wgpu::Features {
        self.inner.features
    }

    /// Why the cooperative-matrix matmul with `size`x`size` tiles cannot run here (None: it can).
    pub fn coop_reason(&self, size: u32) -> Option<String> {
        (!self.inner.coop_sizes.contains(&size)).then(|| {
            format!(
                "it needs cooperative matrices (tensor cores) with {size}x{size}x{size} f16 x f16 -> f32 tiles; this adapter reports {} (WGTRAIN_NO_COOP turns them off)",
                if self.inner.coop_sizes.is_empty() {
                    "none".to_string()
                } else {
                    format!("{:?}", self.inner.coop_sizes)
                }
            )
        })
    }

    /// The widest subgroup the adapter runs (the cooperative-matrix kernel's workgroup: one
    /// subgroup owns a tile).
    pub fn subgroup_width(&self) -> u32 {
        self.inner.info.subgroup_max_size.max(1)
    }

    /// Why f16 kernels cannot run here (None: the device has `SHADER_F16`).
    pub fn f16_reason(&self) -> Option<String> {
        (!self.inner.features.contains(wgpu::Features::SHADER_F16)).then(|| {
            format!(
                "the adapter \"{}\" ({:?}) lacks the shader-f16 feature (WGSL `enable f16`)",
                self.inner.info.name, self.inner.info.backend
            )
        })
    }

    /// Subgroup operations with subgroups of exactly 8 invocations (lavapipe on AVX2).
    pub fn has_subgroups_of_8(&self) -> bool {
        self.inner.features.contains(wgpu::Features::SUBGROUP)
            && self.inner.info.subgroup_min_size == 8
            && self.inner.info.subgroup_max_size == 8
    }

    /// Why the kernels tuned for 8-wide subgroups cannot run here (None: they can).
    pub fn subgroups_of_8_reason(&self) -> Option<String> {
        if !self.inner.features.contains(wgpu::Features::SUBGROUP) {
            return Some("it needs subgroup operations, which this adapter does not offer".into());
        }
        let (lo, hi) = (
            self.inner.info.subgroup_min_size,
            self.inner.info.subgroup_max_size,
        );
        (lo != 8 || hi != 8).then(|| {
            format!(
                "it needs subgroups of exactly 8 invocations; this adapter's are {lo} to {hi} wide"
            )
        })
    }

    /// Make every `Auto` call of a kernel family ("matmul", "conv", "codebook") use the
    /// variant named `variant` where it can run the shapes (None: back to choosing). For
    /// `bench --variants` and tests.
    pub fn force_variant(&self, family: &'static str, variant: Option<&'static str>) {
        self.inner.selection.force(family, variant)
    }

    /// The variant forced for `family`, if any.
    pub fn forced_variant(&self, family: &str) -> Option<&'static str> {
        self.inner.selection.forced(family)
    }

    /// "family/variant" of every kernel variant that ran since [`Gpu::clear_variants_used`]
    /// (recorded in checkpoints and bench rows).
    pub fn variants_used(&self) -> Vec<String> {
        self.inner.selection.used()
    }

    /// Forget the variants recorded so far.
    pub fn clear_variants_used(&self) {
        self.inner.selection.clear_used()
    }

    pub(crate) fn note_variant(&self, family: &'static str, variant: &'static str) {
        self.inner.selection.note_used(family, variant)
    }

    /// Set the autotune mode (trainers' `--deterministic` sets `Off`) and, for tests, the
    /// cache file (None keeps `$XDG_CACHE_HOME/wgtrain/autotune.json`).
    pub fn set_autotune(&self, mode: Autotune, cache: Option<std::path::PathBuf>) {
        self.inner.selection.set_autotune(mode, cache)
    }

    /// The autotune mode.
    pub fn autotune(&self) -> Autotune {
        self.inner.selection.autotune()
    }

    /// The time the autotune may spend in this process (default `select::TUNE_BUDGET`, 1 s).
    /// Tests raise it so that a busy machine cannot leave a tuning incomplete.
    pub fn set_autotune_budget(&self, budget: std::time::Duration) {
        self.inner.selection.set_budget(budget)
    }

    pub(crate) fn selection(&self) -> &select::Selection {
        &self.inner.selection
    }

    /// A CPU adapter (lavapipe, llvmpipe, WARP): register-block kernels suit it; workgroup
    /// memory is ordinary memory there.
    pub fn is_cpu_adapter(&self) -> bool {
        self.inner.info.device_type == wgpu::DeviceType::Cpu
    }

    /// Whether the device can time GPU work with timestamp queries.
    pub fn has_timestamps(&self) -> bool {
        self.inner.timing.is_some()
    }

    /// The counters now.
    pub fn counters(&self) -> CounterSnapshot {
        let c = &self.inner.counters;
        CounterSnapshot {
            buffers_created: c.buffers_created.load(Ordering::Relaxed),
            bytes_created: c.bytes_created.load(Ordering::Relaxed),
            pipelines_created: c.pipelines_created.load(Ordering::Relaxed),
            bind_groups_created: c.bind_groups_created.load(Ordering::Relaxed),
            dispatches: c.dispatches.load(Ordering::Relaxed),
            submits: c.submits.load(Ordering::Relaxed),
            readbacks: c.readbacks.load(Ordering::Relaxed),
        }
    }

    /// The device memory a run may plan to use, and where that figure comes from. wgpu reports
    /// no memory size, so: `WGTRAIN_MEMORY_LIMIT` (bytes, or with KiB/MiB/GiB/TiB) when set;
    /// for CPU and integrated adapters, which allocate from system memory, what the system has
    /// available now (Linux: MemAvailable); otherwise unknown.
    /// Read once, when the device is opened; allocations past it are refused (`OutOfMemory`
    /// naming the limit) instead of swapping the machine to a halt.
    pub fn memory_limit(&self) -> Option<(u64, String)> {
        self.inner.memory_budget.clone()
    }

    /// Largest tensor (in bytes) a kernel can bind.
    pub fn max_binding_bytes(&self) -> u64 {
        self.inner
            .limits
            .max_storage_buffer_binding_size
            .min(self.inner.limits.max_buffer_size)
    }

    /// Allocate an uninitialised tensor from the pool.
    pub fn empty(&self, shape: &[usize], dtype: DType, op: &str) -> Result<Tensor> {
        let numel: usize = shape.iter().product();
        let bytes = (numel.max(1) * dtype.size()) as u64;
        let limit = self.max_binding_bytes();
        if bytes > limit {
            return Err(Error::BufferTooLarge {
                op: op.to_string(),
                shape: format!("{shape:?} {dtype:?}"),
                bytes,
                limit_name: "max storage buffer binding size",
                limit,
                advice: allocation_advice(),
            });
        }
        let (buffer, class) = self.inner.pool.take(self, bytes, op)?;
        Ok(Tensor::from_parts(
            self.clone(),
            buffer,
            class,
            shape.to_vec(),
            dtype,
        ))
    }

    pub(crate) fn create_buffer(
        &self,
        size: u64,
        usage: wgpu::BufferUsages,
        op: &str,
    ) -> Result<wgpu::Buffer> {
        let created = self.inner.counters.bytes_created.load(Ordering::Relaxed);
        if let Some((limit, source)) = &self.inner.memory_budget {
            if created.saturating_add(size) > *limit {
                return Err(Error::OutOfMemory {
                    op: op.to_string(),
                    bytes: size,
                    detail: format!(
                        " (this run holds {created} bytes; the limit is {limit}: {source})"
                    ),
                    advice: allocation_advice(),
                });
            }
        }
        let scope = self
            .inner
            .device
            .push_error_scope(wgpu::ErrorFilter::OutOfMemory);
        let buffer = self.inner.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some(op),
            size,
            usage,
            mapped_at_creation: false,
        });
        if pollster::block_on(scope.pop()).is_some() {
            return Err(Error::OutOfMemory {
                op: op.to_string(),
                bytes: size,
                detail: String::new(),
                advice: allocation_advice(),
            });
        }
        self.inner
            .counters
            .buffers_created
            .fetch_add(1, Ordering::Relaxed);
        self.inner
            .counters
            .bytes_created
            .fetch_add(size, Ordering::Relaxed);
        Ok(buffer)
    }

    /// Upload host data into a new tensor.
    pub fn upload<T: bytemuck::Pod>(
        &self,
        data: &[T],
        shape: &[usize],
        dtype: DType,
    ) -> Result<Tensor> {
        let numel: usize = shape.iter().product();
        if numel != data.len() || std::mem::size_of::<T>() != dtype.size() {
            return Err(Error::shape(
                "upload",
                format!("{} values given for shape {shape:?}", data.len()),
            ));
        }
        let t = self.empty(shape, dtype, "upload")?;
        self.write(&t, data)?;
        Ok(t)
    }

    /// Overwrite a tensor's contents from the host.
    pub fn write<T: bytemuck::Pod>(&self, t: &Tensor, data: &[T]) -> Result<()> {
        let bytes: &[u8] = bytemuck::cast_slice(data);
        if bytes.len() as u64 != t.byte_len() {
            return Err(Error::shape(
                "write",
                format!(
                    "{} bytes for a tensor of {} bytes",
                    bytes.len(),
                    t.byte_len()
                ),
            ));
        }
        // `write_buffer` runs before the next submitted command buffer, so anything already
        // recorded that reads this buffer must be submitted first.
        self.flush()?;
        if !bytes.len().is_multiple_of(4) {
            // writes move whole 4-byte words (an odd number of f16 values)
            let mut padded = bytes.to_vec();
            padded.resize(t.padded_byte_len() as usize, 0);
            self.inner.queue.write_buffer(t.buffer(), 0, &padded);
        } else if !bytes.is_empty() {
            self.inner.queue.write_buffer(t.buffer(), 0, bytes);
        }
        Ok(())
    }

    /// Renumber the invocations of the kernels that share workgroup memory (the GPU tilings,
    /// the tree reductions, the codebook searches' merges): `order` indexes
    /// [`crate::kernels::LANE_ORDERS`], 0 = as launched. Results must not change; where they
    /// do, a kernel races in a way this driver's fixed execution order hides
    /// (`check --lane-order`, tests). Kernels compiled later use the order.
    pub fn set_lane_order(&self, order: u32) -> Result<()> {
        let orders = crate::kernels::LANE_ORDERS;
        if order as usize >= orders.len() {
            let listed: Vec<String> = (0..)
                .zip(orders)
                .map(|(i, o)| format!("{i} ({o})"))
                .collect();
            return Err(Error::invalid(
                "lane order",
                format!("{order} is not one of {}", listed.join(", ")),
            ));
        }
        self.inner.lane_order.store(order, Ordering::Relaxed);
        Ok(())
    }

    /// The order set by [`Gpu::set_lane_order`].
    pub fn lane_order(&self) -> u32 {
        self.inner.lane_order.load(Ordering::Relaxed)
    }

    /// `shader`, or its twin with the invocations renumbered by the lane order.
    fn lane_shader(&self, shader: &'static Shader) -> &'static Shader {
        let order = self.lane_order();
        if order == 0 {
            return shader;
        }
        let mut twins = self.inner.lane_twins.lock().unwrap();
        twins.entry((shader.name, order)).or_insert_with(|| {
            match crate::kernels::with_lane_order(shader.source, order) {
                // made once per shader and order, like the f16 twins
                Some(source) => Box::leak(Box::new(Shader {
                    name: Box::leak(format!("{}~lanes{order}", shader.name).into_boxed_str()),
                    source: Box::leak(source.into_boxed_str()),
                })),
                None => shader,
            }
        })
    }

    fn pipeline(&self, d: &Dispatch) -> Result<Arc<Kernel>> {
        let shader = self.lane_shader(d.shader);
        let key = PipelineKey {
            shader: shader.name,
            entry: d.entry,
            constants: d.constants.iter().map(|(k, v)| (*k, v.to_bits())).collect(),
        };
        if let Some(p) = self.inner.pipelines.lock().unwrap().get(&key) {
            return Ok(p.clone());
        }
        let module = self.module(shader)?;
        let entries =
            layout_entries(&module.bindings, d.buffers).map_err(|message| Error::Gpu {
                op: format!("pipeline {}::{}", shader.name, d.entry),
                message,
            })?;
        let started = std::time::Instant::now();
        let scope = self
            .inner
            .device
            .push_error_scope(wgpu::ErrorFilter::Validation);
        let device = &self.inner.device;
        let layout = device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor {
            label: Some(d.entry),
            entries: &entries,
        });
        let pipeline_layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
            label: Some(d.entry),
            bind_group_layouts: &[Some(&layout)],
            immediate_size: 0,
        });
        let pipeline =
            self.inner
                .device
                .create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
                    label: Some(d.entry),
                    layout: Some(&pipeline_layout),
                    module: &module.module,
                    entry_point: Some(d.entry),
                    compilation_options: wgpu::PipelineCompilationOptions {
                        constants: d.constants,
                        zero_initialize_workgroup_memory: false,
                    },
                    cache: None,
                });
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(Error::Gpu {
                op: format!("pipeline {}::{}", shader.name, d.entry),
                message: e.to_string(),
            });
        }
        self.inner
            .counters
            .pipelines_created
            .fetch_add(1, Ordering::Relaxed);
        if std::env::var_os("WGTRAIN_LOG_PIPELINES").is_some() {
            // Cold-start diagnostics: what each first use of a kernel costs to compile.
            eprintln!(
                "pipeline {}::{} {:?} compiled in {:.0} ms",
                shader.name,
                d.entry,
                d.constants,
                started.elapsed().as_secs_f64() * 1e3
            );
        }
        let p = Arc::new(Kernel { layout, pipeline });
        self.inner.pipelines.lock().unwrap().insert(key, p.clone());
        Ok(p)
    }

    fn module(&self, shader: &'static Shader) -> Result<Arc<ShaderEntry>> {
        if let Some(m) = self.inner.modules.lock().unwrap().get(shader.name) {
            return Ok(m.clone());
        }
        let desc = wgpu::ShaderModuleDescriptor {
            label: Some(shader.name),
            source: wgpu::ShaderSource::Wgsl(shader.source.into()),
        };
        let scope = self
            .inner
            .device
            .push_error_scope(wgpu::ErrorFilter::Validation);
        let module = if self.inner.checked_shaders {
            self.inner.device.create_shader_module(desc)
        } else {
            // Release builds: our kernels bound-check their own indices, so the per-access
            // clamps wgpu would add only cost time (they are tested checked in debug builds).
            unsafe {
                self.inner
                    .device
                    .create_shader_module_trusted(desc, wgpu::ShaderRuntimeChecks::unchecked())
            }
        };
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(Error::Gpu {
                op: format!("shader {}", shader.name),
                message: e.to_string(),
            });
        }
        let m = Arc::new(ShaderEntry {
            module,
            bindings: declared_bindings(shader.name, shader.source)?,
        });
        self.inner
            .modules
            .lock()
            .unwrap()
            .insert(shader.name, m.clone());
        Ok(m)
    }

    /// The bind group of `layout` with `buffers` (and the parameter buffer at binding 0, its
    /// slot chosen by the dynamic offset), made on first use.
    fn bind_group(
        &self,
        op: &'static str,
        layout: &wgpu::BindGroupLayout,
        buffers: &[(u32, &Tensor)],
    ) -> wgpu::BindGroup {
        let key = BindKey {
            layout: layout.clone(),
            buffers: buffers
                .iter()
                .map(|(b, t)| (*b, t.buffer().clone(), t.padded_byte_len()))
                .collect(),
        };
        let mut cache = self.inner.bind_groups.lock().unwrap();
        if let Some(g) = cache.get(&key) {
            return g.clone();
        }
        let mut entries = vec![wgpu::BindGroupEntry {
            binding: 0,
            resource: wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                buffer: &self.inner.params,
                offset: 0,
                size: std::num::NonZeroU64::new(PARAM_SLOT),
            }),
        }];
        for (binding, buffer, size) in &key.buffers {
            entries.push(wgpu::BindGroupEntry {
                binding: *binding,
                resource: wgpu::BindingResource::Buffer(wgpu::BufferBinding {
                    buffer,
                    offset: 0,
                    size: std::num::NonZeroU64::new(*size),
                }),
            });
        }
        let g = self
            .inner
            .device
            .create_bind_group(&wgpu::BindGroupDescriptor {
                label: Some(op),
                layout,
                entries: &entries,
            });
        self.inner
            .counters
            .bind_groups_created
            .fetch_add(1, Ordering::Relaxed);
        if cache.len() >= BIND_GROUP_CACHE {
            cache.clear();
        }
        cache.insert(key, g.clone());
        g
    }

    /// Record one kernel launch into the current batch.
    pub fn dispatch(&self, op: &'static str, d: Dispatch) -> Result<()> {
        if d.params.len() * 4 > PARAM_SLOT as usize {
            return Err(Error::invalid(op, "more than 64 parameter words"));
        }
        for (i, g) in d.grid.iter().enumerate() {
            if *g > self.inner.limits.max_compute_workgroups_per_dimension {
                return Err(Error::invalid(
                    op,
                    format!(
                        "grid dimension {i} has {g} workgroups, over the adapter's limit of {}",
                        self.inner.limits.max_compute_workgroups_per_dimension
                    ),
                ));
            }
        }
        let pipeline = self.pipeline(&d)?;
        let mut batch = self.inner.batch.lock().unwrap();
        // A batch ends when its parameter slots run out, or, while timing, its timestamp
        // slots (so that every op of a long step is timed, not just the first thousand).
        let timestamps_full = self.inner.timing.as_ref().is_some_and(|t| {
            let t = t.lock().unwrap();
            t.enabled && batch.timed_ops.len() as u32 * 2 + 2 > t.capacity
        });
        if timestamps_full || batch.params.len() as u64 >= PARAM_SLOT * PARAM_SLOTS {
            drop(batch);
            self.flush()?;
            batch = self.inner.batch.lock().unwrap();
        }
        let offset = batch.params.len() as u64;
        let mut slot = [0u8; PARAM_SLOT as usize];
        slot[..d.params.len() * 4].copy_from_slice(bytemuck::cast_slice(d.params));
        batch.params.extend_from_slice(&slot);

        let scope = self
            .inner
            .device
            .push_error_scope(wgpu::ErrorFilter::Validation);
        let bind_group = self.bind_group(op, &pipeline.layout, d.buffers);

        let timing_slot = self.inner.timing.as_ref().and_then(|t| {
            let t = t.lock().unwrap();
            let used = batch.timed_ops.len() as u32;
            (t.enabled && used * 2 + 2 <= t.capacity).then_some(used)
        });
        let device = &self.inner.device;
        let record = |pass: &mut wgpu::ComputePass<'_>| {
            pass.set_pipeline(&pipeline.pipeline);
            pass.set_bind_group(0, &bind_group, &[offset as u32]);
            pass.dispatch_workgroups(d.grid[0], d.grid[1], d.grid[2]);
        };
        match timing_slot {
            // a timed op gets a pass of its own, with timestamps at its beginning and end
            Some(i) => {
                let timing = self.inner.timing.as_ref().unwrap().lock().unwrap();
                record(&mut batch.encoder(device).begin_compute_pass(
                    &wgpu::ComputePassDescriptor {
                        label: Some(op),
                        timestamp_writes: Some(wgpu::ComputePassTimestampWrites {
                            query_set: &timing.queries,
                            beginning_of_pass_write_index: Some(2 * i),
                            end_of_pass_write_index: Some(2 * i + 1),
                        }),
                    },
                ));
            }
            None => record(batch.pass(device)),
        }
        if timing_slot.is_some() {
            batch.timed_ops.push(op);
        }
        batch.ops.push(op);
        self.inner
            .counters
            .dispatches
            .fetch_add(1, Ordering::Relaxed);
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(Error::Gpu {
                op: op.to_string(),
                message: e.to_string(),
            });
        }
        Ok(())
    }

    /// Record a copy of `count` elements from `src[src_at..]` to `dst[dst_at..]`.
    pub fn copy_region(
        &self,
        src: &Tensor,
        src_at: usize,
        dst: &Tensor,
        dst_at: usize,
        count: usize,
    ) -> Result<()> {
        if src_at + count > src.numel()
            || dst_at + count > dst.numel()
            || src.dtype() != dst.dtype()
        {
            return Err(Error::shape(
                "copy",
                format!(
                    "{count} elements from {:?} at {src_at} to {:?} at {dst_at}",
                    src.shape(),
                    dst.shape()
                ),
            ));
        }
        if src.same_storage(dst) {
            return Err(Error::invalid(
                "copy",
                "source and destination share one buffer",
            ));
        }
        if src.dtype() == DType::F16 && (src_at % 2 == 1 || dst_at % 2 == 1 || count % 2 == 1) {
            // buffer copies move whole 4-byte words, two f16 values each
            return Err(Error::invalid(
                "copy",
                format!(
                    "F16 copies start and end on even elements ({count} from {src_at} to {dst_at})"
                ),
            ));
        }
        if count == 0 {
            return Ok(());
        }
        let size = src.dtype().size() as u64;
        let mut batch = self.inner.batch.lock().unwrap();
        batch.encoder(&self.inner.device).copy_buffer_to_buffer(
            src.buffer(),
            src_at as u64 * size,
            dst.buffer(),
            dst_at as u64 * size,
            count as u64 * size,
        );
        batch.ops.push("copy");
        Ok(())
    }

    /// A new tensor with the same contents.
    pub fn duplicate(&self, t: &Tensor) -> Result<Tensor> {
        let out = self.empty(t.shape(), t.dtype(), "duplicate")?;
        self.copy_region(t, 0, &out, 0, t.numel())?;
        Ok(out)
    }

    /// Submit everything recorded so far (does not wait).
    pub fn flush(&self) -> Result<()> {
        let mut batch = self.inner.batch.lock().unwrap();
        self.submit_locked(&mut batch, |_| {})
    }

    fn submit_locked(
        &self,
        batch: &mut Batch,
        extra: impl FnOnce(&mut wgpu::CommandEncoder),
    ) -> Result<()> {
        batch.pass = None;
        let Some(mut encoder) = batch.encoder.take() else {
            return self.take_uncaptured("(between batches)");
        };
        let timed_ops = std::mem::take(&mut batch.timed_ops);
        let timed = timed_ops.len() as u32;
        if timed > 0 {
            if let Some(t) = &self.inner.timing {
                let t = t.lock().unwrap();
                encoder.resolve_query_set(&t.queries, 0..2 * timed, &t.resolve, 0);
                encoder.copy_buffer_to_buffer(&t.resolve, 0, &t.readback, 0, 16 * timed as u64);
            }
        }
        extra(&mut encoder);
        let scope = self
            .inner
            .device
            .push_error_scope(wgpu::ErrorFilter::Validation);
        if !batch.params.is_empty() {
            self.inner
                .queue
                .write_buffer(&self.inner.params, 0, &batch.params);
        }
        self.inner.queue.submit([encoder.finish()]);
        self.inner.counters.submits.fetch_add(1, Ordering::Relaxed);
        let ops = std::mem::take(&mut batch.ops);
        batch.params.clear();
        let describe = || {
            let mut names: Vec<&str> = ops.clone();
            names.dedup();
            format!("batch of {} dispatches ({})", ops.len(), names.join(", "))
        };
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(Error::Gpu {
                op: describe(),
                message: e.to_string(),
            });
        }
        if timed > 0 {
            self.collect_timestamps(&timed_ops)?;
        }
        self.take_uncaptured(&describe())
    }

    fn take_uncaptured(&self, op: &str) -> Result<()> {
        let mut errs = self.inner.uncaptured.lock().unwrap();
        if errs.is_empty() {
            return Ok(());
        }
        let message = errs.join("; ");
        errs.clear();
        Err(Error::Gpu {
            op: op.to_string(),
            message,
        })
    }

    fn collect_timestamps(&self, ops: &[&'static str]) -> Result<()> {
        let t = self.inner.timing.as_ref().unwrap();
        let mut t = t.lock().unwrap();
        let bytes = 16 * ops.len() as u64;
        let slice = t.readback.slice(0..bytes);
        slice.map_async(wgpu::MapMode::Read, |_| {});
        self.wait()?;
        let stamps: Vec<u64> = {
            let view = slice.get_mapped_range().map_err(|e| Error::Readback {
                op: "timestamps".into(),
                message: e.to_string(),
            })?;
            bytemuck::cast_slice(&view).to_vec()
        };
        t.readback.unmap();
        let mut ns = 0.0;
        for (pair, op) in stamps.chunks(2).zip(ops) {
            let pass = pair[1].saturating_sub(pair[0]) as f64 * t.period_ns;
            ns += pass;
            let e = t.per_op.entry(op).or_insert((0.0, 0));
            e.0 += pass;
            e.1 += 1;
        }
        t.total_ns += ns;
        Ok(())
    }

    fn wait(&self) -> Result<()> {
        self.inner
            .device
            .poll(wgpu::PollType::wait_indefinitely())
            .map(|_| ())
            .map_err(|e| Error::Gpu {
                op: "wait for the GPU".into(),
                message: e.to_string(),
            })
    }

    /// Submit and wait until the GPU is idle.
    pub fn sync(&self) -> Result<()> {
        self.flush()?;
        self.wait()
    }

    /// Start (or stop) summing GPU time of every pass, where the adapter has timestamps.
    pub fn set_gpu_timing(&self, on: bool) {
        if let Some(t) = &self.inner.timing {
            let mut t = t.lock().unwrap();
            t.enabled = on;
            t.total_ns = 0.0;
            t.per_op.clear();
        }
    }

    /// GPU time summed over timed passes since `set_gpu_timing(true)`, in ms (None without
    /// timestamp support).
    pub fn gpu_time_ms(&self) -> Option<f64> {
        self.inner
            .timing
            .as_ref()
            .map(|t| t.lock().unwrap().total_ns / 1e6)
    }

    /// GPU ms and pass count per op since `set_gpu_timing(true)`, slowest first.
    pub fn gpu_time_by_op(&self) -> Vec<(&'static str, f64, u64)> {
        let Some(t) = &self.inner.timing else {
            return vec![];
        };
        let t = t.lock().unwrap();
        let mut v: Vec<_> = t
            .per_op
            .iter()
            .map(|(k, (ns, n))| (*k, ns / 1e6, *n))
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1));
        v
    }

    /// Copy a tensor's bytes back to the host (a sync point).
    pub fn read_bytes(&self, t: &Tensor) -> Result<Vec<u8>> {
        Ok(self.read_bytes_many(&[t])?.pop().unwrap_or_default())
    }

    /// Copy several tensors' bytes back with one submit and one wait: one sync point instead
    /// of one per tensor (on a GPU each sync point drains the device).
    pub fn read_bytes_many(&self, ts: &[&Tensor]) -> Result<Vec<Vec<u8>>> {
        // each tensor at its own offset of one staging buffer; copies move whole 4-byte words
        // (an odd number of f16 values leaves a half word), so every offset stays aligned
        let mut offsets = Vec::with_capacity(ts.len());
        let mut size = 0;
        for t in ts {
            offsets.push(size);
            if t.byte_len() > 0 {
                size += t.padded_byte_len();
            }
        }
        if size == 0 {
            return Ok(vec![Vec::new(); ts.len()]);
        }
        let staging = self.inner.pool.take_readback(self, size)?;
        self.inner
            .counters
            .readbacks
            .fetch_add(1, Ordering::Relaxed);
        {
            let mut batch = self.inner.batch.lock().unwrap();
            batch.encoder(&self.inner.device);
            batch.ops.push("readback");
            self.submit_locked(&mut batch, |enc| {
                for (t, at) in ts.iter().zip(&offsets) {
                    if t.byte_len() > 0 {
                        enc.copy_buffer_to_buffer(
                            t.buffer(),
                            0,
                            &staging.buffer,
                            *at,
                            t.padded_byte_len(),
                        );
                    }
                }
            })?;
        }
        let slice = staging.buffer.slice(0..size);
        let (tx, rx) = std::sync::mpsc::channel();
        slice.map_async(wgpu::MapMode::Read, move |r| {
            let _ = tx.send(r);
        });
        self.wait()?;
        rx.recv()
            .map_err(|e| Error::Readback {
                op: "readback".into(),
                message: e.to_string(),
            })?
            .map_err(|e| Error::Readback {
                op: "readback".into(),
                message: e.to_string(),
            })?;
        let out = {
            let view = slice.get_mapped_range().map_err(|e| Error::Readback {
                op: "readback".into(),
                message: e.to_string(),
            })?;
            ts.iter()
                .zip(&offsets)
                .map(|(t, at)| {
                    let at = *at as usize;
                    view[at..at + t.byte_len() as usize].to_vec()
                })
                .collect()
        };
        staging.buffer.unmap();
        self.inner.pool.give_readback(staging);
        Ok(out)
    }
}

/// `1234`, `512MiB`, `24 GiB`, `1.5TiB` (binary units; KB/MB/GB read the same) to bytes.
pub fn parse_bytes(text: &str) -> Option<u64> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().ok()?;
    let scale = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1u64,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        "t" | "tb" | "tib" => 1 << 40,
        _ => return None,
    };
    (n.is_finite() && n >= 0.0).then_some((n * scale as f64) as u64)
}

/// See [`Gpu::memory_limit`].
fn memory_limit(info: &wgpu::AdapterInfo) -> Option<(u64, String)> {
    if let Ok(v) = std::env::var("WGTRAIN_MEMORY_LIMIT") {
        return parse_bytes(&v).map(|b| (b, format!("WGTRAIN_MEMORY_LIMIT={v}")));
    }
    if matches!(
        info.device_type,
        wgpu::DeviceType::Cpu | wgpu::DeviceType::IntegratedGpu
    ) {
        let meminfo = std::fs::read_to_string("/proc/meminfo").ok()?;
        let kib: u64 = meminfo
            .lines()
            .find_map(|l| l.strip_prefix("MemAvailable:"))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()?;
        return Some((
            kib * 1024,
            "the system memory available when the device was opened, which this adapter \
                 allocates from"
                .into(),
        ));
    }
    None
}

thread_local! {
    static ALLOCATING_FOR: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Run `f` with its allocations labelled: a buffer over a limit while building a model is a
/// weight, and the error says so and how to shrink it (`fix`, e.g. "lower --d-model"), where
/// it used to tell the user to shrink the batch.
pub fn allocating_weights<T>(what: &str, fix: &str, f: impl FnOnce() -> T) -> T {
    let before =
        ALLOCATING_FOR.with(|a| a.replace(Some(format!("it is a weight of {what}: {fix}"))));
    let out = f();
    ALLOCATING_FOR.with(|a| *a.borrow_mut() = before);
    out
}

fn allocation_advice() -> String {
    ALLOCATING_FOR
        .with(|a| a.borrow().clone())
        .unwrap_or_else(|| {
            "it is an activation or scratch buffer of this step: use a smaller batch".into()
        })
}

#[cfg(test)]
mod tests {
    use super::declared_bindings;

    /// The declaration scan agrees with naga on every binding of every shader (the f16 twins
    /// among them) and of their renumbered-invocation twins.
    #[test]
    fn declared_bindings_match_naga() {
        let mut sources: Vec<(String, String)> = Vec::new();
        for shader in crate::kernels::all_shaders() {
            sources.push((shader.name.into(), shader.source.into()));
            if let Some(lanes) = crate::kernels::with_lane_order(shader.source, 3) {
                sources.push((format!("{} (lanes)", shader.name), lanes));
            }
        }
        for (name, source) in &sources {
            let scanned = declared_bindings(name, source).unwrap();
            let module = naga::front::wgsl::parse_str(source).unwrap();
            let mut from_naga = std::collections::HashMap::new();
            for (_, var) in module.global_variables.iter() {
                let Some(rb) = &var.binding else { continue };
                assert_eq!(rb.group, 0, "{name}: a binding outside group 0");
                let ty = match var.space {
                    naga::AddressSpace::Uniform => wgpu::BufferBindingType::Uniform,
                    naga::AddressSpace::Storage { access } => wgpu::BufferBindingType::Storage {
                        read_only: !access.contains(naga::StorageAccess::STORE),
                    },
                    other => panic!("{name}: binding {} in {other:?}", rb.binding),
                };
                from_naga.insert(rb.binding, ty);
            }
            assert_eq!(scanned, from_naga, "{name}");
        }
    }
}
