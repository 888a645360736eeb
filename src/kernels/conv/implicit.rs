//! Implicit-GEMM convolutions: conv2d's forward pass, its input gradient (which is
//! conv_transpose2d's forward pass) and its weight gradient as GEMMs whose loads gather image
//! patches directly, so no column buffer is written and no col2im runs. The GEMMs and their
//! layouts are described in `tools/gen_conv.py`, which generates the shaders.
//!
//! Variants: `ImplicitSubgroup` (the lavapipe tiling: register tiles shared by subgroupBroadcast,
//! subgroups of exactly 8), `ImplicitTiled` (the GPU tiling: workgroup-memory tiles, 256
//! invocations, any subgroup width), and `Im2col` (the reference composition: im2col / col2im
//! and the matmul kernels), which every adapter runs. Both implicit tilings compute 64 x 64
//! outputs per workgroup, so they share the launchers and grids below.

use super::{col2im, im2col, ConvGeom, ConvParams};
use crate::error::{Error, Result};
use crate::gpu::select::{self, bucket};
use crate::gpu::{DType, Dispatch, Gpu, Shader, Tensor};
use crate::kernels::epilogue::Epilogue;
use crate::kernels::{as_u32, elementwise as ew, matmul, reduce, ShaderParams};

/// The implicit-GEMM convolutions on the lavapipe tiling (needs subgroups of exactly 8).
pub static SUBGROUP_SHADER: Shader = Shader {
    name: "conv_implicit_subgroup",
    source: concat!(
        include_str!("../../../shaders/conv_implicit_subgroup.wgsl"),
        include_str!("../../../shaders/lib/activations.wgsl")
    ),
};

/// The implicit-GEMM convolutions on the GPU tiling (workgroup memory, 256 invocations).
pub static TILED_SHADER: Shader = Shader {
    name: "conv_implicit_tiled",
    source: concat!(
        include_str!("../../../shaders/conv_implicit_tiled.wgsl"),
        include_str!("../../../shaders/lib/activations.wgsl")
    ),
};

/// The implicit kernels' operand arrays, as their f16 twins read them.
const F16_OPERANDS: &[(&str, &str)] = &[("src", "f32"), ("wk", "f32"), ("wk4", "vec4<f32>")];

/// `SUBGROUP_SHADER` with f16 operands (`kernels::with_f16_operands`: each load widened).
pub static SUBGROUP_F16_SHADER: std::sync::LazyLock<Shader> = std::sync::LazyLock::new(|| {
    crate::kernels::f16_twin("conv_implicit_subgroup_f16", &SUBGROUP_SHADER, F16_OPERANDS)
});

/// `TILED_SHADER` with f16 operands.
pub static TILED_F16_SHADER: std::sync::LazyLock<Shader> = std::sync::LazyLock::new(|| {
    crate::kernels::f16_twin("conv_implicit_tiled_f16", &TILED_SHADER, F16_OPERANDS)
});

/// The GPU tiling's needs (tools/gen_conv.py: two buffers of 16 x 64 A and B values).
const TILED_WORKGROUP_BYTES: u32 = 16384;
const TILED_INVOCATIONS: u32 = 256;

/// The weight layouts the implicit-GEMM convolutions read: `pad_weight_rows` and `phase_weights`.
pub static WEIGHTS_SHADER: Shader = Shader {
    name: "conv_weights",
    source: include_str!("../../../shaders/conv_weights.wgsl"),
};

/// Which kernels compute a convolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConvVariant {
    /// What the adapter class and the autotune pick.
    Auto,
    /// im2col / col2im around the matmul kernels (the reference composition).
    Im2col,
    /// Implicit GEMM, lavapipe tiling (needs subgroups of exactly 8).
    ImplicitSubgroup,
    /// Implicit GEMM, GPU tiling (workgroup memory, 256 invocations).
    ImplicitTiled,
}

impl ConvVariant {
    /// Every concrete variant, in the order `check` and `bench --variants` list them.
    pub const ALL: [ConvVariant; 3] = [
        ConvVariant::Im2col,
        ConvVariant::ImplicitSubgroup,
        ConvVariant::ImplicitTiled,
    ];

    /// The variant's name, as [`ConvVariant::from_name`] reads it.
    pub fn name(self) -> &'static str {
        match self {
            ConvVariant::Auto => "auto",
            ConvVariant::Im2col => "im2col",
            ConvVariant::ImplicitSubgroup => "implicit_subgroup",
            ConvVariant::ImplicitTiled => "implicit_tiled",
        }
    }

    /// Why this adapter cannot run the variant (None: it can).
    pub fn unsupported_reason(self, gpu: &Gpu) -> Option<String> {
        match self {
            ConvVariant::Auto | ConvVariant::Im2col => None,
            ConvVariant::ImplicitSubgroup => gpu.subgroups_of_8_reason(),
            ConvVariant::ImplicitTiled => {
                matmul::workgroup_reason(gpu, TILED_WORKGROUP_BYTES, TILED_INVOCATIONS)
            }
        }
    }

    /// The variant called `name` (as `name()` spells it).
    pub fn from_name(name: &str) -> Option<ConvVariant> {
        [ConvVariant::Auto]
            .into_iter()
            .chain(ConvVariant::ALL)
            .find(|v| v.name() == name)
    }

    /// The adapter class's default for a GEMM `cols` wide (`pointwise`: see the function).
    fn class_default(gpu: &Gpu, cols: usize, pointwise: bool) -> ConvVariant {
        if gpu.is_cpu_adapter() {
            // 1x1 convolutions are plain matmuls there (no column buffer), faster on lavapipe
            // than the implicit kernels, whose short K (the input's channels) leaves them
            // dominated by their prologue and stores (VQ-VAE residual 1x1, forward: 15 vs 20 ms)
            if pointwise {
                return ConvVariant::Im2col;
            }
            // The lavapipe tile is 64 columns wide: for a GEMM under 16 columns (an RGB
            // image's 3 channels) most of it is waste, and im2col + matmul was measured 5x
            // faster there (VQ-VAE's last conv_transpose: 34 vs 190 ms).
            if gpu.has_subgroups_of_8() && cols >= 16 {
                return ConvVariant::ImplicitSubgroup;
            }
            return ConvVariant::Im2col;
        }
        if ConvVariant::ImplicitTiled.unsupported_reason(gpu).is_none() {
            ConvVariant::ImplicitTiled
        } else {
            ConvVariant::Im2col
        }
    }
}

/// A convolution's GEMM, for the variant choice: `op` names it, rows x K x cols its size.
struct Gemm {
    op: &'static str,
    rows: usize,
    k: usize,
    cols: usize,
    /// kernel height and width, stride: part of the shape class (they change the gathers)
    geometry: (usize, usize, usize),
    /// a 1x1 convolution with stride 1 and no padding (see `pointwise`)
    pointwise: bool,
    /// f16 operands (mixed precision): its own shape class
    f16: bool,
}

/// The variant to run `gemm` with. A concrete `variant` is checked (an error names it and
/// why it cannot run); `Auto` takes a variant forced on the device (`Gpu::force_variant("conv",
/// ..)`) where it can run, else the autotune's pick among the variants this adapter runs
/// (`select::tune`: the class default unless tuning is on; `run` launches one candidate), else
/// the class default. The variant that runs is recorded on the device.
fn resolve(
    gpu: &Gpu,
    variant: ConvVariant,
    gemm: &Gemm,
    run: impl FnMut(ConvVariant) -> Result<()>,
) -> Result<ConvVariant> {
    let runs = |v: ConvVariant| v.unsupported_reason(gpu).is_none();
    let chosen = if variant != ConvVariant::Auto {
        if let Some(reason) = variant.unsupported_reason(gpu) {
            return Err(Error::Unsupported {
                op: gemm.op.to_string(),
                variant: variant.name().to_string(),
                reason,
            });
        }
        variant
    } else if let Some(v) = gpu
        .forced_variant("conv")
        .and_then(ConvVariant::from_name)
        .filter(|&v| runs(v))
    {
        v
    } else {
        let (kh, kw, s) = gemm.geometry;
        let key = || {
            format!(
                "conv{}/{}/{}x{}x{}/k{kh}x{kw}s{s}",
                if gemm.f16 { "_f16" } else { "" },
                gemm.op,
                bucket(gemm.rows),
                bucket(gemm.k),
                bucket(gemm.cols)
            )
        };
        let order = if gpu.is_cpu_adapter() {
            [
                ConvVariant::ImplicitSubgroup,
                ConvVariant::Im2col,
                ConvVariant::ImplicitTiled,
            ]
        } else {
            [
                ConvVariant::ImplicitTiled,
                ConvVariant::Im2col,
                ConvVariant::ImplicitSubgroup,
            ]
        };
        select::tune(
            gpu,
            key,
            ConvVariant::class_default(gpu, gemm.cols, gemm.pointwise),
            order,
            runs,
            run,
        )?
    };
    gpu.note_variant("conv", chosen.name());
    Ok(chosen)
}

/// A 1x1 convolution with stride 1 and no padding: its column buffer is the image itself (and
/// col2im the identity), so the im2col variant is a plain batched matmul.
fn pointwise(g: &ConvGeom) -> bool {
    g.kh == 1 && g.kw == 1 && g.stride == 1 && g.ho == g.h && g.wo == g.w
}

/// How many images of `g` go through the im2col path at once: as many as keep one image
/// chunk's column buffer (c·kh·kw × ho·wo floats per image) within the binding limit.
/// `WGTRAIN_IM2COL_CHUNK_BYTES` lowers the limit (a test knob: slicing on small shapes).
fn chunk_sizes(g: &ConvGeom, gpu: &Gpu) -> Vec<usize> {
    static KNOB: std::sync::OnceLock<Option<u64>> = std::sync::OnceLock::new();
    let knob = KNOB.get_or_init(|| {
        std::env::var("WGTRAIN_IM2COL_CHUNK_BYTES")
            .ok()
            .and_then(|v| v.parse().ok())
    });
    let limit = knob.map_or(gpu.max_binding_bytes(), |k| k.min(gpu.max_binding_bytes()));
    let per_image = (g.c * g.kh * g.kw * g.ho * g.wo * 4).max(1) as u64;
    let fit = (limit / per_image).max(1) as usize;
    let mut sizes = vec![];
    let mut left = g.n;
    while left > 0 {
        sizes.push(left.min(fit));
        left -= left.min(fit);
    }
    sizes
}

/// Images `start .. start + count` of a batch `[n, ...]` (the tensor itself when that is all).
fn images(t: &Tensor, start: usize, count: usize) -> Result<Tensor> {
    let n = t.shape()[0];
    if start == 0 && count == n {
        return Ok(t.clone());
    }
    let per = t.numel() / n.max(1);
    let mut shape = t.shape().to_vec();
    shape[0] = count;
    let part = t.gpu().empty(&shape, t.dtype(), "conv batch slice")?;
    t.gpu().copy_region(t, start * per, &part, 0, count * per)?;
    Ok(part)
}

/// `f` over chunks of images of `src` (geometry `g` with `n` = the chunk's size), the results
/// placed one after another in a tensor of `out_shape`: the im2col path's batch slicing.
fn per_image_chunks(
    src: &Tensor,
    g: &ConvGeom,
    out_shape: &[usize],
    mut f: impl FnMut(&Tensor, ConvGeom) -> Result<Tensor>,
) -> Result<Tensor> {
    let gpu = src.gpu();
    let sizes = chunk_sizes(g, gpu);
    if sizes.len() == 1 {
        return f(src, *g)?.reshape(out_shape);
    }
    let out = gpu.empty(out_shape, DType::F32, "conv batch slices")?;
    let per_out = out.numel() / g.n;
    let mut start = 0;
    for count in sizes {
        let part = f(&images(src, start, count)?, ConvGeom { n: count, ..*g })?;
        gpu.copy_region(&part, 0, &out, start * per_out, count * per_out)?;
        start += count;
    }
    Ok(out)
}

/// The parameter block every implicit-convolution kernel reads (`ConvParams` in the shaders).
#[derive(Default)]
struct Params {
    m: usize,
    ncols: usize,
    k: usize,
    kv: usize,
    o: usize,
    ta: usize,
    tb: usize,
    epi: u32,
    slope: f32,
    kchunk: usize,
}

impl Params {
    fn block(&self, g: &ConvGeom, op: &str) -> Result<ConvParams> {
        let u = |x: usize| as_u32(op, "size", x);
        Ok(ConvParams {
            n: u(g.n)?,
            c: u(g.c)?,
            h: u(g.h)?,
            w: u(g.w)?,
            o: u(self.o)?,
            kh: u(g.kh)?,
            kw: u(g.kw)?,
            s: u(g.stride)?,
            pt: u(g.pad_top)?,
            pl: u(g.pad_left)?,
            ho: u(g.ho)?,
            wo: u(g.wo)?,
            m: u(self.m)?,
            ncols: u(self.ncols)?,
            k: u(self.k)?,
            kv: u(self.kv)?,
            ta: u(self.ta)?,
            tb: u(self.tb)?,
            epi: self.epi,
            slope: self.slope,
            kchunk: u(self.kchunk)?,
            ..Default::default()
        })
    }
}

/// Rows x cols of output per workgroup, both implicit tilings (lavapipe: 2 subgroups of
/// 32 x 64; GPU: 256 invocations of 4 x 4).
const TILE_ROWS: usize = 64;
const TILE_COLS: usize = 64;

/// Whether a convolution's operands are f16 (both F32 or both F16, else an error).
fn f16_operands(a: &Tensor, b: &Tensor, op: &str) -> Result<bool> {
    Ok(crate::kernels::product_dtype(op, a, b)? == DType::F16)
}

/// `w` rearranged by `f` (the weight-layout kernels read f32): an f16 weight is widened first
/// and the result rounded back, exactly (the values are f16 already).
fn rearranged(w: &Tensor, f: impl FnOnce(&Tensor) -> Result<Tensor>) -> Result<Tensor> {
    if w.dtype() == DType::F16 {
        f(&w.cast(DType::F32)?)?.cast(DType::F16)
    } else {
        f(w)
    }
}

/// The im2col composition of f16 operands: both widened to f32 first (exact), so its column
/// buffer and matmuls are the f32 ones.
fn widened(a: &Tensor, b: &Tensor) -> Result<(Tensor, Tensor)> {
    Ok((a.cast(DType::F32)?, b.cast(DType::F32)?))
}

fn expect_shape(t: &Tensor, want: &[usize], what: &str, op: &str) -> Result<()> {
    if t.shape() != want {
        return Err(Error::shape(
            op,
            format!("{what} {:?} (want {want:?})", t.shape()),
        ));
    }
    Ok(())
}

/// Weights as rows of `kv` values (K rounded up to 4, zero-padded), the layout the kernels
/// read four k at a time. Already that layout when K % 4 == 0.
fn weight_rows(
    w: &Tensor,
    o: usize,
    k: usize,
    g: &ConvGeom,
    op: &'static str,
) -> Result<(Tensor, usize)> {
    let kv = k.next_multiple_of(4);
    if kv == k {
        return Ok((w.clone(), kv));
    }
    if w.dtype() == DType::F16 {
        let rows = rearranged(w, |w| weight_rows(w, o, k, g, op).map(|(r, _)| r))?;
        return Ok((rows, kv));
    }
    let gpu = w.gpu();
    let out = gpu.empty(&[o, kv], DType::F32, op)?;
    let prm = Params {
        k,
        kv,
        o,
        ..Default::default()
    };
    gpu.dispatch(
        op,
        Dispatch {
            shader: &WEIGHTS_SHADER,
            entry: "pad_weight_rows",
            constants: &[],
            params: prm.block(g, op)?.words(),
            buffers: &[(1, w), (2, &out)],
            grid: [
                as_u32(op, "grid", kv.div_ceil(64))?,
                as_u32(op, "grid", o)?,
                1,
            ],
        },
    )?;
    Ok((out, kv))
}

/// An implicit kernel: its shader, entry point, and the rows x cols of output per workgroup.
struct Kernel {
    shader: &'static Shader,
    entry: &'static str,
    rows: usize,
    cols: usize,
}

/// The implicit kernel of variant `v` for `which` GEMM: forward (0), input gradient (1),
/// weight gradient (2), weight gradient with vec4 loads of dy (3, lavapipe only), `cols` wide.
fn implicit_kernel(v: ConvVariant, which: usize, cols: usize, f16: bool) -> Kernel {
    let k = |shader, entry, rows, cols| Kernel {
        shader,
        entry,
        rows,
        cols,
    };
    let (subgroup, tiled): (&'static Shader, &'static Shader) = if f16 {
        (&SUBGROUP_F16_SHADER, &TILED_F16_SHADER)
    } else {
        (&SUBGROUP_SHADER, &TILED_SHADER)
    };
    match v {
        // GEMMs at most 32 wide (the residual blocks' 3x3 convs to 32 channels) would leave
        // half of the 64-column tile idle: `_n32` computes 32 rows x 4 columns per lane (64 x 32
        // per workgroup; 64 rows per lane measured no faster and took twice the compile time)
        ConvVariant::ImplicitSubgroup if cols <= 32 => k(
            subgroup,
            [
                "conv2d_forward_subgroup_n32",
                "conv2d_backward_input_subgroup_n32",
                "conv2d_backward_weight_subgroup_n32",
                "conv2d_backward_weight_subgroup_n32_b4",
            ][which],
            64,
            32,
        ),
        ConvVariant::ImplicitSubgroup => k(
            subgroup,
            [
                "conv2d_forward_subgroup",
                "conv2d_backward_input_subgroup",
                "conv2d_backward_weight_subgroup",
                "conv2d_backward_weight_subgroup_b4",
            ][which],
            TILE_ROWS,
            TILE_COLS,
        ),
        ConvVariant::ImplicitTiled => k(
            tiled,
            [
                "conv2d_forward_tiled",
                "conv2d_backward_input_tiled",
                "conv2d_backward_weight_tiled",
                "conv2d_backward_weight_tiled",
            ][which],
            TILE_ROWS,
            TILE_COLS,
        ),
        ConvVariant::Im2col | ConvVariant::Auto => unreachable!("not an implicit variant"),
    }
}

/// conv2d: `x: [n, c, h, w]`, `w: [o, c, kh, kw]` → `[n, o, ho, wo]`, with the epilogue.
pub fn conv2d_forward(
    x: &Tensor,
    w: &Tensor,
    g: &ConvGeom,
    epi: Epilogue,
    variant: ConvVariant,
) -> Result<Tensor> {
    let op = "conv2d_forward";
    let f16 = f16_operands(x, w, op)?;
    expect_shape(x, &g.image_shape(), "input", op)?;
    let o = w.shape().first().copied().unwrap_or(0);
    expect_shape(w, &[o, g.c, g.kh, g.kw], "weight", op)?;
    epi.check(o, op)?;
    let gpu = x.gpu();
    let out_shape = [g.n, o, g.ho, g.wo];
    if out_shape.iter().product::<usize>() == 0 {
        return gpu.empty(&out_shape, DType::F32, op);
    }
    let gemm = Gemm {
        op,
        rows: g.n * g.ho * g.wo,
        k: g.c * g.kh * g.kw,
        cols: o,
        geometry: (g.kh, g.kw, g.stride),
        pointwise: pointwise(g),
        f16,
    };
    let v = resolve(gpu, variant, &gemm, |v| {
        forward_with(x, w, g, &epi, v).map(drop)
    })?;
    forward_with(x, w, g, &epi, v)
}

fn forward_with(
    x: &Tensor,
    w: &Tensor,
    g: &ConvGeom,
    epi: &Epilogue,
    v: ConvVariant,
) -> Result<Tensor> {
    let op = "conv2d_forward";
    let gpu = x.gpu();
    let o = w.shape()[0];
    let out_shape = [g.n, o, g.ho, g.wo];
    let k = g.c * g.kh * g.kw;
    let f16 = x.dtype() == DType::F16;
    if v == ConvVariant::Im2col && f16 {
        let (x, w) = widened(x, w)?;
        return forward_with(&x, &w, g, epi, v);
    }
    if v == ConvVariant::Im2col {
        let y = per_image_chunks(x, g, &out_shape, |x, g| {
            let cols = if pointwise(&g) {
                x.reshape(&[g.n, g.c, g.h * g.w])?
            } else {
                im2col(x, &g)?
            };
            matmul::matmul(&w.reshape(&[o, k])?, &cols, false, false)
        })?;
        return epi.apply_separately(y, 1);
    }
    let kernel = implicit_kernel(v, 0, o, f16);
    let (wk, kv) = weight_rows(w, o, k, g, op)?;
    let out = gpu.empty(&out_shape, DType::F32, op)?;
    let m = g.ho * g.wo;
    let prm = Params {
        m,
        ncols: o,
        k,
        kv,
        o,
        epi: epi.word(1),
        slope: epi.act.slope(),
        ..Default::default()
    };
    gpu.dispatch(
        op,
        Dispatch {
            shader: kernel.shader,
            entry: kernel.entry,
            constants: &[("ACT", epi.act.code() as f64)],
            params: prm.block(g, op)?.words(),
            buffers: &[(1, x), (2, &wk), (3, &out), (4, epi.bias.unwrap_or(x))],
            grid: [
                as_u32(op, "grid", o.div_ceil(kernel.cols))?,
                as_u32(op, "grid", m.div_ceil(kernel.rows))?,
                as_u32(op, "grid", g.n)?,
            ],
        },
    )?;
    Ok(out)
}

/// conv2d's input gradient: `dy: [n, o, ho, wo]`, `w: [o, c, kh, kw]` → `[n, c, h, w]`; with
/// `w` read as `[cin, cout, k, k]` this is conv_transpose2d's forward pass (hence the epilogue).
pub fn conv2d_backward_input(
    dy: &Tensor,
    w: &Tensor,
    g: &ConvGeom,
    epi: Epilogue,
    variant: ConvVariant,
) -> Result<Tensor> {
    let op = "conv2d_backward_input";
    let f16 = f16_operands(dy, w, op)?;
    let o = w.shape().first().copied().unwrap_or(0);
    expect_shape(w, &[o, g.c, g.kh, g.kw], "weight", op)?;
    expect_shape(dy, &[g.n, o, g.ho, g.wo], "gradient", op)?;
    epi.check(g.c, op)?;
    let gpu = dy.gpu();
    let out_shape = g.image_shape();
    if out_shape.iter().product::<usize>() == 0 {
        return gpu.empty(&out_shape, DType::F32, op);
    }
    let gemm = Gemm {
        op,
        rows: g.n * g.h * g.w,
        k: o * g.kh.div_ceil(g.stride) * g.kw.div_ceil(g.stride),
        cols: g.c,
        geometry: (g.kh, g.kw, g.stride),
        // not for the input gradient: there the implicit kernel stayed faster on lavapipe
        // (VQ-VAE residual 1x1: 10.8 vs 13.9 ms)
        pointwise: false,
        f16,
    };
    let v = resolve(gpu, variant, &gemm, |v| {
        backward_input_with(dy, w, g, &epi, v).map(drop)
    })?;
    backward_input_with(dy, w, g, &epi, v)
}

fn backward_input_with(
    dy: &Tensor,
    w: &Tensor,
    g: &ConvGeom,
    epi: &Epilogue,
    v: ConvVariant,
) -> Result<Tensor> {
    let op = "conv2d_backward_input";
    let gpu = dy.gpu();
    let o = w.shape()[0];
    let out_shape = g.image_shape();
    let f16 = dy.dtype() == DType::F16;
    if v == ConvVariant::Im2col && f16 {
        let (dy, w) = widened(dy, w)?;
        return backward_input_with(&dy, &w, g, epi, v);
    }
    if v == ConvVariant::Im2col {
        let k = g.c * g.kh * g.kw;
        // cols = wᵀ·dy with w as [o, k]. Read transposed, a K of rows not a multiple of 4 (3
        // channels x 3x3 taps = 27) rules out the vec4 and subgroup matmuls (General ran these
        // 3-5x slower); the weight is small, so it is transposed once instead.
        let wt = if k.is_multiple_of(4) {
            None
        } else {
            Some(ew::transpose_last2(w, 1, o, k)?.reshape(&[k, o])?)
        };
        let dx = per_image_chunks(dy, g, &out_shape, |dy, g| {
            let dy = dy.reshape(&[g.n, o, g.ho * g.wo])?;
            let cols = match &wt {
                Some(wt) => matmul::matmul(wt, &dy, false, false)?,
                None => matmul::matmul(&w.reshape(&[o, k])?, &dy, true, false)?,
            };
            if pointwise(&g) {
                cols.reshape(&g.image_shape())
            } else {
                col2im(&cols, &g)
            }
        })?;
        return epi.apply_separately(dx, 1);
    }
    let kernel = implicit_kernel(v, 1, g.c, f16);
    let s = g.stride;
    let (ta, tb) = (g.kh.div_ceil(s), g.kw.div_ceil(s));
    let k = o * ta * tb;
    let kv = k.next_multiple_of(4);
    let prm = Params {
        m: g.h.div_ceil(s) * g.w.div_ceil(s),
        ncols: g.c,
        k,
        kv,
        o,
        ta,
        tb,
        epi: epi.word(1),
        slope: epi.act.slope(),
        ..Default::default()
    };
    // Per-phase weights: [s*s, c, kv].
    let wp = rearranged(w, |w| {
        let wp = gpu.empty(&[s * s, g.c, kv], DType::F32, op)?;
        gpu.dispatch(
            op,
            Dispatch {
                shader: &WEIGHTS_SHADER,
                entry: "phase_weights",
                constants: &[],
                params: prm.block(g, op)?.words(),
                buffers: &[(1, w), (2, &wp)],
                grid: [
                    as_u32(op, "grid", kv.div_ceil(64))?,
                    as_u32(op, "grid", g.c)?,
                    as_u32(op, "grid", s * s)?,
                ],
            },
        )?;
        Ok(wp)
    })?;
    let out = gpu.empty(&out_shape, DType::F32, op)?;
    gpu.dispatch(
        op,
        Dispatch {
            shader: kernel.shader,
            entry: kernel.entry,
            constants: &[("ACT", epi.act.code() as f64)],
            params: prm.block(g, op)?.words(),
            buffers: &[(1, dy), (2, &wp), (3, &out), (4, epi.bias.unwrap_or(dy))],
            grid: [
                as_u32(op, "grid", g.c.div_ceil(kernel.cols))?,
                as_u32(op, "grid", prm.m.div_ceil(kernel.rows))?,
                as_u32(op, "grid", g.n * s * s)?,
            ],
        },
    )?;
    Ok(out)
}

/// conv2d's weight gradient: `x: [n, c, h, w]`, `dy: [n, o, ho, wo]` → `[o, c, kh, kw]`.
/// Summed over the batch and the output positions in a fixed order (chunks of positions, then
/// the chunks in order), so it is the same run to run.
pub fn conv2d_backward_weight(
    x: &Tensor,
    dy: &Tensor,
    g: &ConvGeom,
    variant: ConvVariant,
) -> Result<Tensor> {
    let op = "conv2d_backward_weight";
    let f16 = f16_operands(x, dy, op)?;
    expect_shape(x, &g.image_shape(), "input", op)?;
    let o = dy.shape().get(1).copied().unwrap_or(0);
    expect_shape(dy, &[g.n, o, g.ho, g.wo], "gradient", op)?;
    let gpu = x.gpu();
    let out_shape = [o, g.c, g.kh, g.kw];
    let r = g.c * g.kh * g.kw;
    let kk = g.n * g.ho * g.wo;
    if r * o == 0 || kk == 0 {
        return ew::fill(gpu, &out_shape, 0.0);
    }
    let gemm = Gemm {
        op,
        rows: r,
        k: kk,
        cols: o,
        geometry: (g.kh, g.kw, g.stride),
        pointwise: pointwise(g),
        f16,
    };
    let v = resolve(gpu, variant, &gemm, |v| {
        backward_weight_with(x, dy, g, v).map(drop)
    })?;
    backward_weight_with(x, dy, g, v)
}

/// How many chunks of K the GPU tiling's weight gradient splits into (grid z; the partial sums
/// are then summed in chunk order). Its GEMM has few rows and columns (c·kh·kw x o) and a long
/// K (n·ho·wo): unsplit, a 64-channel layer would occupy 16 workgroups of a GPU with a hundred
/// cores. Enough chunks for 256 workgroups, each keeping at least 1024 values of K (64 steps of
/// the K loop, so the partial sums' extra traffic stays small), at most 64.
pub fn split_k_chunks(rows: usize, cols: usize, k: usize) -> usize {
    let tiles = rows.div_ceil(TILE_ROWS) * cols.div_ceil(TILE_COLS);
    256usize.div_ceil(tiles.max(1)).min(k / 1024).clamp(1, 64)
}

fn backward_weight_with(x: &Tensor, dy: &Tensor, g: &ConvGeom, v: ConvVariant) -> Result<Tensor> {
    let op = "conv2d_backward_weight";
    let gpu = x.gpu();
    let o = dy.shape()[1];
    let out_shape = [o, g.c, g.kh, g.kw];
    let r = g.c * g.kh * g.kw;
    let kk = g.n * g.ho * g.wo;
    let f16 = x.dtype() == DType::F16;
    if v == ConvVariant::Im2col && f16 {
        let (x, dy) = widened(x, dy)?;
        return backward_weight_with(&x, &dy, g, v);
    }
    if v == ConvVariant::Im2col {
        // per chunk of images (the column buffer's binding limit): the sum over its images,
        // then the chunks' sums in order
        let mut total: Option<Tensor> = None;
        let mut start = 0;
        for count in chunk_sizes(g, gpu) {
            let (xs, dys) = (images(x, start, count)?, images(dy, start, count)?);
            let gc = ConvGeom { n: count, ..*g };
            let cols = if pointwise(&gc) {
                xs.reshape(&[count, g.c, g.h * g.w])?
            } else {
                im2col(&xs, &gc)?
            };
            let per_image =
                matmul::matmul(&dys.reshape(&[count, o, g.ho * g.wo])?, &cols, false, true)?;
            let (sum, _) = reduce::reduce_axis(&per_image, 0, reduce::Reduce::Sum)?;
            total = Some(match total {
                Some(t) => ew::binary(&t, &sum, ew::Binary::Add)?,
                None => sum,
            });
            start += count;
        }
        return total.expect("at least one image").reshape(&out_shape);
    }
    let howo = g.ho * g.wo;
    // lavapipe: one chunk (two cores need no more workgroups); vec4 loads of dy where ho·wo
    // keeps them aligned
    let kernel = implicit_kernel(v, if howo.is_multiple_of(4) { 3 } else { 2 }, o, f16);
    let chunks = match v {
        ConvVariant::ImplicitTiled => split_k_chunks(r, o, kk),
        _ => 1,
    };
    let kchunk = kk.div_ceil(chunks).next_multiple_of(4);
    let chunks = kk.div_ceil(kchunk);
    let prm = Params {
        m: r,
        ncols: o,
        k: kk,
        kv: 0,
        o,
        kchunk,
        ..Default::default()
    };
    let out = gpu.empty(&[chunks, o, r], DType::F32, op)?;
    gpu.dispatch(
        op,
        Dispatch {
            shader: kernel.shader,
            entry: kernel.entry,
            constants: &[],
            params: prm.block(g, op)?.words(),
            buffers: &[(1, x), (2, dy), (3, &out)],
            grid: [
                as_u32(op, "grid", o.div_ceil(kernel.cols))?,
                as_u32(op, "grid", r.div_ceil(kernel.rows))?,
                as_u32(op, "grid", chunks)?,
            ],
        },
    )?;
    if chunks == 1 {
        return out.reshape(&out_shape);
    }
    let (sum, _) = reduce::reduce_axis(&out, 0, reduce::Reduce::Sum)?;
    sum.reshape(&out_shape)
}

impl select::Named for ConvVariant {
    fn name(self) -> &'static str {
        ConvVariant::name(self)
    }
    fn from_name(name: &str) -> Option<Self> {
        ConvVariant::from_name(name)
    }
}
