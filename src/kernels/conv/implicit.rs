//! Implicit-GEMM convolutions: conv2d's forward pass, its input gradient (which is
//! conv_transpose2d's forward pass) and its weight gradient as GEMMs whose loads gather image
//! patches directly, so no column buffer is written and no col2im runs. The GEMMs and their
//! layouts are described in `tools/gen_conv.py`, which generates the shaders.
//!
//! Variants: `ImplicitSubgroup` (the lavapipe tiling: register tiles shared by subgroupBroadcast,
//! subgroups of exactly 8), `ImplicitTiled` (the GPU tiling: workgroup-memory tiles, 256
//! invocations, any subgroup width), and `Im2col` (the reference composition: im2col / col2im
//! and the matmul kernels), which every adapter runs.

use super::{col2im, im2col, ConvGeom};
use crate::error::{Error, Result};
use crate::gpu::{DType, Dispatch, Gpu, Shader, Tensor};
use crate::kernels::epilogue::Epilogue;
use crate::kernels::{as_u32, elementwise as ew, f, matmul, reduce};

pub static SUBGROUP_SHADER: Shader = Shader {
    name: "conv_implicit_subgroup",
    source: concat!(
        include_str!("../../../shaders/conv_implicit_subgroup.wgsl"),
        include_str!("../../../shaders/lib/activations.wgsl")
    ),
};

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
            ConvVariant::ImplicitTiled => Some("not built yet".into()),
        }
    }

    /// The variant to run: `Auto` resolved for this adapter, a forced one checked.
    /// `Auto` takes a variant forced on the device (`Gpu::force_variant("conv", ..)`) where it
    /// can run, else the adapter's default. The variant that runs is recorded on the device.
    /// `cols` is the width of the convolution's GEMM (output channels; the input's channels
    /// for the input gradient).
    pub fn resolve(self, gpu: &Gpu, op: &str, cols: usize) -> Result<ConvVariant> {
        let chosen = self.choose(gpu, op, cols)?;
        gpu.note_variant("conv", chosen.name());
        Ok(chosen)
    }

    /// The variant called `name` (as `name()` spells it).
    pub fn from_name(name: &str) -> Option<ConvVariant> {
        [ConvVariant::Auto]
            .into_iter()
            .chain(ConvVariant::ALL)
            .find(|v| v.name() == name)
    }

    fn choose(self, gpu: &Gpu, op: &str, cols: usize) -> Result<ConvVariant> {
        if self == ConvVariant::Auto {
            let forced = gpu.forced_variant("conv").and_then(ConvVariant::from_name);
            if let Some(v) = forced.filter(|v| v.unsupported_reason(gpu).is_none()) {
                return Ok(v);
            }
            // The implicit kernel's tile is 64 columns wide: for a GEMM under 16 columns (an RGB
            // image's 3 channels) most of it is waste, and im2col + matmul was measured 5x
            // faster there (VQ-VAE's last conv_transpose: 34 vs 190 ms).
            return Ok(if gpu.has_subgroups_of_8() && cols >= 16 {
                ConvVariant::ImplicitSubgroup
            } else {
                ConvVariant::Im2col
            });
        }
        match self.unsupported_reason(gpu) {
            None => Ok(self),
            Some(reason) => Err(Error::Unsupported {
                op: op.to_string(),
                variant: self.name().to_string(),
                reason,
            }),
        }
    }
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
    fn words(&self, g: &ConvGeom, op: &str) -> Result<[u32; 24]> {
        let sizes = [
            g.n, g.c, g.h, g.w, self.o, g.kh, g.kw, g.stride, g.pad_top, g.pad_left, g.ho, g.wo,
            self.m, self.ncols, self.k, self.kv, self.ta, self.tb,
        ];
        let mut out = [0u32; 24];
        for (o, x) in out.iter_mut().zip(sizes) {
            *o = as_u32(op, "size", x)?;
        }
        out[18] = self.epi;
        out[19] = f(self.slope);
        out[20] = as_u32(op, "size", self.kchunk)?;
        Ok(out)
    }
}

/// Rows x cols of output per workgroup of the lavapipe tiling (2 subgroups of 32 x 64).
const SG_ROWS: usize = 64;
const SG_COLS: usize = 64;

fn expect_shape(t: &Tensor, want: &[usize], what: &str, op: &str) -> Result<()> {
    t.expect_dtype(DType::F32, op)?;
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
            params: &prm.words(g, op)?,
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

/// conv2d: `x: [n, c, h, w]`, `w: [o, c, kh, kw]` → `[n, o, ho, wo]`, with the epilogue.
pub fn conv2d_forward(
    x: &Tensor,
    w: &Tensor,
    g: &ConvGeom,
    epi: Epilogue,
    variant: ConvVariant,
) -> Result<Tensor> {
    let op = "conv2d_forward";
    expect_shape(x, &g.image_shape(), "input", op)?;
    let o = w.shape().first().copied().unwrap_or(0);
    expect_shape(w, &[o, g.c, g.kh, g.kw], "weight", op)?;
    epi.check(o, op)?;
    let gpu = x.gpu();
    let out_shape = [g.n, o, g.ho, g.wo];
    if out_shape.iter().product::<usize>() == 0 {
        return gpu.empty(&out_shape, DType::F32, op);
    }
    let k = g.c * g.kh * g.kw;
    match variant.resolve(gpu, op, o)? {
        ConvVariant::Im2col => {
            let y = per_image_chunks(x, g, &out_shape, |x, g| {
                let cols = im2col(x, &g)?;
                matmul::matmul(&w.reshape(&[o, k])?, &cols, false, false)
            })?;
            epi.apply_separately(y, 1)
        }
        ConvVariant::ImplicitSubgroup => {
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
                    shader: &SUBGROUP_SHADER,
                    entry: "conv2d_forward_subgroup",
                    constants: &[("ACT", epi.act.code() as f64)],
                    params: &prm.words(g, op)?,
                    buffers: &[(1, x), (2, &wk), (3, &out), (4, epi.bias.unwrap_or(x))],
                    grid: [
                        as_u32(op, "grid", o.div_ceil(SG_COLS))?,
                        as_u32(op, "grid", m.div_ceil(SG_ROWS))?,
                        as_u32(op, "grid", g.n)?,
                    ],
                },
            )?;
            Ok(out)
        }
        ConvVariant::ImplicitTiled | ConvVariant::Auto => unreachable!("resolved above"),
    }
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
    let o = w.shape().first().copied().unwrap_or(0);
    expect_shape(w, &[o, g.c, g.kh, g.kw], "weight", op)?;
    expect_shape(dy, &[g.n, o, g.ho, g.wo], "gradient", op)?;
    epi.check(g.c, op)?;
    let gpu = dy.gpu();
    let out_shape = g.image_shape();
    if out_shape.iter().product::<usize>() == 0 {
        return gpu.empty(&out_shape, DType::F32, op);
    }
    match variant.resolve(gpu, op, g.c)? {
        ConvVariant::Im2col => {
            let k = g.c * g.kh * g.kw;
            let dx = per_image_chunks(dy, g, &out_shape, |dy, g| {
                let cols = matmul::matmul(
                    &w.reshape(&[o, k])?,
                    &dy.reshape(&[g.n, o, g.ho * g.wo])?,
                    true,
                    false,
                )?;
                col2im(&cols, &g)
            })?;
            epi.apply_separately(dx, 1)
        }
        ConvVariant::ImplicitSubgroup => {
            let s = g.stride;
            let (ta, tb) = (g.kh.div_ceil(s), g.kw.div_ceil(s));
            let k = o * ta * tb;
            let kv = k.next_multiple_of(4);
            let mut prm = Params {
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
            let wp = gpu.empty(&[s * s, g.c, kv], DType::F32, op)?;
            gpu.dispatch(
                op,
                Dispatch {
                    shader: &WEIGHTS_SHADER,
                    entry: "phase_weights",
                    constants: &[],
                    params: &prm.words(g, op)?,
                    buffers: &[(1, w), (2, &wp)],
                    grid: [
                        as_u32(op, "grid", kv.div_ceil(64))?,
                        as_u32(op, "grid", g.c)?,
                        as_u32(op, "grid", s * s)?,
                    ],
                },
            )?;
            prm.kchunk = 0;
            let out = gpu.empty(&out_shape, DType::F32, op)?;
            gpu.dispatch(
                op,
                Dispatch {
                    shader: &SUBGROUP_SHADER,
                    entry: "conv2d_backward_input_subgroup",
                    constants: &[("ACT", epi.act.code() as f64)],
                    params: &prm.words(g, op)?,
                    buffers: &[(1, dy), (2, &wp), (3, &out), (4, epi.bias.unwrap_or(dy))],
                    grid: [
                        as_u32(op, "grid", g.c.div_ceil(SG_COLS))?,
                        as_u32(op, "grid", prm.m.div_ceil(SG_ROWS))?,
                        as_u32(op, "grid", g.n * s * s)?,
                    ],
                },
            )?;
            Ok(out)
        }
        ConvVariant::ImplicitTiled | ConvVariant::Auto => unreachable!("resolved above"),
    }
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
    match variant.resolve(gpu, op, o)? {
        ConvVariant::Im2col => {
            // per chunk of images (the column buffer's binding limit): the sum over its images,
            // then the chunks' sums in order
            let mut total: Option<Tensor> = None;
            let mut start = 0;
            for count in chunk_sizes(g, gpu) {
                let (xs, dys) = (images(x, start, count)?, images(dy, start, count)?);
                let gc = ConvGeom { n: count, ..*g };
                let cols = im2col(&xs, &gc)?;
                let per_image =
                    matmul::matmul(&dys.reshape(&[count, o, g.ho * g.wo])?, &cols, false, true)?;
                let (sum, _) = reduce::reduce_axis(&per_image, 0, reduce::Reduce::Sum)?;
                total = Some(match total {
                    Some(t) => ew::binary(&t, &sum, ew::Binary::Add)?,
                    None => sum,
                });
                start += count;
            }
            total.expect("at least one image").reshape(&out_shape)
        }
        ConvVariant::ImplicitSubgroup => {
            let howo = g.ho * g.wo;
            let b4 = howo.is_multiple_of(4);
            let chunks = 1usize;
            let kchunk = kk.div_ceil(chunks).next_multiple_of(4);
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
                    shader: &SUBGROUP_SHADER,
                    entry: if b4 {
                        "conv2d_backward_weight_subgroup_b4"
                    } else {
                        "conv2d_backward_weight_subgroup"
                    },
                    constants: &[],
                    params: &prm.words(g, op)?,
                    buffers: &[(1, x), (2, dy), (3, &out)],
                    grid: [
                        as_u32(op, "grid", o.div_ceil(SG_COLS))?,
                        as_u32(op, "grid", r.div_ceil(SG_ROWS))?,
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
        ConvVariant::ImplicitTiled | ConvVariant::Auto => unreachable!("resolved above"),
    }
}
