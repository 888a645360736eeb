//! Max pooling with non-overlapping windows (kernel = stride, floor mode), its gather-style
//! backward, and the gather that is the backward's own gradient.

pub mod check;
pub mod cpu;

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{grid_1d, groups_for, DType, Dispatch, Shader, Tensor};

/// The shader: `max_pool2d`, `max_pool2d_backward` and `max_pool2d_gather`.
pub static SHADER: Shader = Shader {
    name: "pool",
    source: include_str!("../../../shaders/pool.wgsl"),
};

super::shader_params! {
    /// The uniform block of `pool.wgsl`.
    pub struct PoolParams {
        /// Images × channels.
        planes: u32,
        /// Input height.
        h: u32,
        /// Input width.
        w: u32,
        /// Window = stride.
        k: u32,
        /// Output height.
        ho: u32,
        /// Output width.
        wo: u32,
        /// Padding.
        _pad0: u32,
        /// Padding.
        _pad1: u32,
    }
}

/// `[n, c, h, w]` pooled by `k`×`k` windows with stride `k`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolGeom {
    /// Images in the batch.
    pub n: usize,
    /// Channels.
    pub c: usize,
    /// Height of the input.
    pub h: usize,
    /// Width of the input.
    pub w: usize,
    /// Side of the window, which is also the stride.
    pub k: usize,
}

impl PoolGeom {
    /// The geometry of pooling `shape` (`[n, c, h, w]`, `h, w ≥ k`) by `k`×`k` windows.
    pub fn new(shape: &[usize], k: usize) -> Result<PoolGeom> {
        if shape.len() != 4 || k == 0 || shape[2] < k || shape[3] < k {
            return Err(Error::shape(
                "max_pool2d",
                format!(
                    "input {shape:?} with a {k}x{k} window (want [n, c, h, w] with h, w ≥ {k})"
                ),
            ));
        }
        Ok(PoolGeom {
            n: shape[0],
            c: shape[1],
            h: shape[2],
            w: shape[3],
            k,
        })
    }
    /// Rows of the output: `h / k`.
    pub fn ho(&self) -> usize {
        self.h / self.k
    }
    /// Columns of the output: `w / k`.
    pub fn wo(&self) -> usize {
        self.w / self.k
    }
    /// Shape of the output: `[n, c, ho, wo]`.
    pub fn out_shape(&self) -> [usize; 4] {
        [self.n, self.c, self.ho(), self.wo()]
    }
    /// Shape of the input: `[n, c, h, w]`.
    pub fn in_shape(&self) -> [usize; 4] {
        [self.n, self.c, self.h, self.w]
    }
    fn params(&self, op: &str) -> Result<PoolParams> {
        Ok(PoolParams {
            planes: as_u32(op, "planes", self.n * self.c)?,
            h: as_u32(op, "h", self.h)?,
            w: as_u32(op, "w", self.w)?,
            k: as_u32(op, "k", self.k)?,
            ho: as_u32(op, "ho", self.ho())?,
            wo: as_u32(op, "wo", self.wo())?,
            _pad0: 0,
            _pad1: 0,
        })
    }
}

/// Values and the flat in-plane index (u32) of each window's first maximum.
pub fn max_pool2d(x: &Tensor, k: usize) -> Result<(Tensor, Tensor)> {
    let op = "max_pool2d";
    x.expect_dtype(DType::F32, op)?;
    let g = PoolGeom::new(x.shape(), k)?;
    let gpu = x.gpu();
    let out = gpu.empty(&g.out_shape(), DType::F32, op)?;
    let idx = gpu.empty(&g.out_shape(), DType::U32, op)?;
    if out.numel() > 0 {
        gpu.dispatch(
            op,
            Dispatch {
                shader: &SHADER,
                entry: "max_pool2d",
                constants: &[],
                params: g.params(op)?.words(),
                buffers: &[(1, x), (3, &out), (4, &idx)],
                grid: grid_1d(groups_for(out.numel(), 256)),
            },
        )?;
    }
    Ok((out, idx))
}

/// Route pooled gradients `g` back to the input positions recorded in `idx`.
pub fn max_pool2d_backward(g: &Tensor, idx: &Tensor, geom: PoolGeom) -> Result<Tensor> {
    let op = "max_pool2d_backward";
    if g.shape() != geom.out_shape() || idx.shape() != geom.out_shape() {
        return Err(Error::shape(
            op,
            format!(
                "gradient {:?} / indices {:?} for output {:?}",
                g.shape(),
                idx.shape(),
                geom.out_shape()
            ),
        ));
    }
    let gpu = g.gpu();
    let out = gpu.empty(&geom.in_shape(), DType::F32, op)?;
    if out.numel() > 0 {
        gpu.dispatch(
            op,
            Dispatch {
                shader: &SHADER,
                entry: "max_pool2d_backward",
                constants: &[],
                params: geom.params(op)?.words(),
                buffers: &[(1, g), (2, idx), (3, &out)],
                // one invocation per k x k cell of the input
                grid: grid_1d(groups_for(
                    geom.n * geom.c * geom.h.div_ceil(geom.k) * geom.w.div_ceil(geom.k),
                    256,
                )),
            },
        )?;
    }
    Ok(out)
}

/// `x` at the pooled positions `idx` (an input-shaped tensor to an output-shaped one).
pub fn max_pool2d_gather(x: &Tensor, idx: &Tensor, geom: PoolGeom) -> Result<Tensor> {
    let op = "max_pool2d_gather";
    if x.shape() != geom.in_shape() || idx.shape() != geom.out_shape() {
        return Err(Error::shape(
            op,
            format!(
                "input {:?} / indices {:?} for geometry {geom:?}",
                x.shape(),
                idx.shape()
            ),
        ));
    }
    let gpu = x.gpu();
    let out = gpu.empty(&geom.out_shape(), DType::F32, op)?;
    if out.numel() > 0 {
        gpu.dispatch(
            op,
            Dispatch {
                shader: &SHADER,
                entry: "max_pool2d_gather",
                constants: &[],
                params: geom.params(op)?.words(),
                buffers: &[(1, x), (2, idx), (3, &out)],
                grid: grid_1d(groups_for(out.numel(), 256)),
            },
        )?;
    }
    Ok(out)
}
