//! Image and embedding measures used by the scene model's losses (its losses.py), composed of
//! differentiable ops: the Sobel edge magnitude of a grey image, total variation, cosine
//! similarity and the cosine-similarity matrix.

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::Tensor;
use crate::kernels::conv::Padding;

impl Var {
    /// Edge magnitude of `[B, 3, H, W]` RGB: grey = 0.299R + 0.587G + 0.114B, Sobel kx, ky with
    /// zero padding 1, √(gx² + gy² + eps) → `[B, 1, H, W]`. With eps = 0 this is PyTorch's
    /// (NaN gradients where gx = gy = 0, since √ has an infinite derivative at 0); a small eps is
    /// the fix.
    pub fn sobel_edges(&self, eps: f32) -> Result<Var> {
        if self.shape().len() != 4 || self.shape()[1] != 3 {
            return Err(Error::shape(
                "sobel_edges",
                format!("{:?} is not [B, 3, H, W]", self.shape()),
            ));
        }
        let gpu = self.value().gpu();
        let grey_w = Var::constant(Tensor::from_f32(
            gpu,
            &[0.299, 0.587, 0.114],
            &[1, 3, 1, 1],
        )?);
        #[rustfmt::skip]
        let sobel = [
            -1.0, 0.0, 1.0, -2.0, 0.0, 2.0, -1.0, 0.0, 1.0, // kx
            -1.0, -2.0, -1.0, 0.0, 0.0, 0.0, 1.0, 2.0, 1.0, // ky
        ];
        let sobel_w = Var::constant(Tensor::from_f32(gpu, &sobel, &[2, 1, 3, 3])?);
        let grey = self.conv2d(&grey_w, None, 1, Padding::Symmetric(0))?;
        let g = grey
            .conv2d(&sobel_w, None, 1, Padding::Symmetric(1))?
            .square()?;
        let sq = g.narrow(1, 0, 1)?.add(&g.narrow(1, 1, 1)?)?;
        if eps > 0.0 {
            sq.add_scalar(eps)?.sqrt()
        } else {
            sq.sqrt()
        }
    }

    /// [Σ(vertical differences)² + Σ(horizontal differences)²] / numel for `[B, C, H, W]`.
    pub fn total_variation(&self) -> Result<Var> {
        let s = self.shape().to_vec();
        if s.len() != 4 || s[2] < 2 || s[3] < 2 {
            return Err(Error::shape(
                "total_variation",
                format!("{s:?} is not [B, C, H ≥ 2, W ≥ 2]"),
            ));
        }
        let n = self.value().numel() as f32;
        let dv = self
            .narrow(2, 1, s[2] - 1)?
            .sub(&self.narrow(2, 0, s[2] - 1)?)?
            .square()?
            .sum()?;
        let dh = self
            .narrow(3, 1, s[3] - 1)?
            .sub(&self.narrow(3, 0, s[3] - 1)?)?
            .square()?
            .sum()?;
        dv.add(&dh)?.mul_scalar(1.0 / n)
    }

    /// Rows scaled to unit length: x / max(‖x‖, eps) over the last axis of `[N, D]`.
    pub fn l2_normalize(&self, eps: f32) -> Result<Var> {
        let (n, d) = match self.shape() {
            [n, d] => (*n, *d),
            s => {
                return Err(Error::shape(
                    "l2_normalize",
                    format!("{s:?} is not [rows, dim]"),
                ))
            }
        };
        let norm = self.norm_axis(1)?.clamp(eps, f32::MAX)?.reshape(&[n, 1])?;
        self.div(&norm.broadcast_to(
            crate::kernels::elementwise::Broadcast { len: n, inner: d },
            &[n, d],
        )?)
    }

    /// Cosine similarity of matching rows of `[N, D]` tensors, PyTorch's
    /// x·y / (max(‖x‖, eps)·max(‖y‖, eps)): `[N]`.
    pub fn cosine_similarity(&self, other: &Var, eps: f32) -> Result<Var> {
        if self.shape() != other.shape() || self.shape().len() != 2 {
            return Err(Error::shape(
                "cosine_similarity",
                format!(
                    "{:?} and {:?} (want two [rows, dim])",
                    self.shape(),
                    other.shape()
                ),
            ));
        }
        let dot = self.mul(other)?.sum_axis(1)?;
        let nx = self.norm_axis(1)?.clamp(eps, f32::MAX)?;
        let ny = other.norm_axis(1)?.clamp(eps, f32::MAX)?;
        dot.div(&nx.mul(&ny)?)
    }

    /// The `[N, N]` matrix of cosine similarities between the rows of `[N, D]`.
    pub fn cosine_matrix(&self, eps: f32) -> Result<Var> {
        let u = self.l2_normalize(eps)?;
        u.matmul_t(&u, false, true)
    }
}

pub mod cpu {
    //! f64 references.

    /// Twin of [`crate::autograd::Var::sobel_edges`] for `[b, 3, h, w]`.
    pub fn sobel_edges(x: &[f64], b: usize, h: usize, w: usize, eps: f64) -> Vec<f64> {
        let kx = [[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]];
        let ky = [[-1.0, -2.0, -1.0], [0.0, 0.0, 0.0], [1.0, 2.0, 1.0]];
        let mut out = vec![0.0; b * h * w];
        for bb in 0..b {
            let grey = |y: isize, xx: isize| -> f64 {
                if y < 0 || xx < 0 || y >= h as isize || xx >= w as isize {
                    return 0.0;
                }
                let at = |c: usize| x[((bb * 3 + c) * h + y as usize) * w + xx as usize];
                0.299 * at(0) + 0.587 * at(1) + 0.114 * at(2)
            };
            for y in 0..h {
                for xx in 0..w {
                    let (mut gx, mut gy) = (0.0, 0.0);
                    for (i, (rx, ry)) in kx.iter().zip(&ky).enumerate() {
                        for j in 0..3 {
                            let v = grey(y as isize + i as isize - 1, xx as isize + j as isize - 1);
                            gx += rx[j] * v;
                            gy += ry[j] * v;
                        }
                    }
                    out[(bb * h + y) * w + xx] = (gx * gx + gy * gy + eps).sqrt();
                }
            }
        }
        out
    }

    /// Twin of [`crate::autograd::Var::cosine_similarity`].
    pub fn cosine_similarity(x: &[f64], y: &[f64], d: usize, eps: f64) -> Vec<f64> {
        x.chunks(d)
            .zip(y.chunks(d))
            .map(|(a, b)| {
                let dot: f64 = a.iter().zip(b).map(|(p, q)| p * q).sum();
                let na = a.iter().map(|v| v * v).sum::<f64>().sqrt().max(eps);
                let nb = b.iter().map(|v| v * v).sum::<f64>().sqrt().max(eps);
                dot / (na * nb)
            })
            .collect()
    }
}
