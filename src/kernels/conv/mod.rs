//! Convolution geometry kernels: `im2col` (patches to columns, so conv2d is one matmul) and
//! `col2im` (columns back to an image, summing overlaps in a fixed order: conv2d's input
//! gradient and conv_transpose2d's forward pass).

pub mod check;
pub mod cpu;

mod implicit;
pub use implicit::{
    conv2d_backward_input, conv2d_backward_weight, conv2d_forward, ConvVariant,
    SUBGROUP_F16_SHADER as IMPLICIT_SUBGROUP_F16_SHADER,
    SUBGROUP_SHADER as IMPLICIT_SUBGROUP_SHADER, TILED_F16_SHADER as IMPLICIT_TILED_F16_SHADER,
    TILED_SHADER as IMPLICIT_TILED_SHADER, WEIGHTS_SHADER,
};

use super::{as_u32, ShaderParams};
use crate::error::{Error, Result};
use crate::gpu::{DType, Dispatch, Shader, Tensor};

/// The shader: `im2col` and `col2im`.
pub static SHADER: Shader = Shader {
    name: "conv",
    source: include_str!("../../../shaders/conv.wgsl"),
};

super::shader_params! {
    /// The uniform block of `conv.wgsl` (`im2col`, `col2im`).
    pub struct Im2colParams {
        /// Images.
        n: u32,
        /// Channels.
        c: u32,
        /// Image height.
        h: u32,
        /// Image width.
        w: u32,
        /// Kernel height.
        kh: u32,
        /// Kernel width.
        kw: u32,
        /// Stride.
        stride: u32,
        /// Padding.
        _pad0: u32,
        /// Zero rows above the image.
        pad_top: u32,
        /// Zero columns left of it.
        pad_left: u32,
        /// Output height.
        ho: u32,
        /// Output width.
        wo: u32,
        /// Output elements of this dispatch.
        total: u32,
    }
}

super::shader_params! {
    /// The uniform block of the implicit-GEMM convolutions (`conv_implicit_*.wgsl`) and of
    /// `conv_weights.wgsl`.
    pub struct ConvParams {
        /// Images (conv2d's input `[n, c, h, w]`).
        n: u32,
        /// Input channels.
        c: u32,
        /// Input height.
        h: u32,
        /// Input width.
        w: u32,
        /// conv2d's output channels.
        o: u32,
        /// Kernel height.
        kh: u32,
        /// Kernel width.
        kw: u32,
        /// Stride.
        s: u32,
        /// Zero rows above.
        pt: u32,
        /// Zero columns left.
        pl: u32,
        /// conv2d's output height.
        ho: u32,
        /// conv2d's output width.
        wo: u32,
        /// This GEMM's rows (per grid z).
        m: u32,
        /// Its columns.
        ncols: u32,
        /// Its K.
        k: u32,
        /// Row length of the weight matrix read.
        kv: u32,
        /// Taps per phase (input gradient), rows.
        ta: u32,
        /// Taps per phase, columns.
        tb: u32,
        /// The fused epilogue's code.
        epi: u32,
        /// Leaky ReLU's slope.
        slope: f32,
        /// K per grid z (weight gradient).
        kchunk: u32,
        /// Padding.
        _p0: u32,
        /// Padding.
        _p1: u32,
        /// Padding.
        _p2: u32,
    }
}

/// Zero padding of a convolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Padding {
    /// The same on all four sides.
    Symmetric(usize),
    /// PyTorch's "same" (stride 1 only): k − 1 in total, floor of half before, the rest after.
    Same,
}

/// Where the patches of a convolution sit: an image `[n, c, h, w]` and a `ho`×`wo` grid of
/// `kh`×`kw` patches, `stride` apart, starting `pad_top`/`pad_left` above/left of the image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConvGeom {
    /// Images in the batch.
    pub n: usize,
    /// Channels of the image.
    pub c: usize,
    /// Height of the image.
    pub h: usize,
    /// Width of the image.
    pub w: usize,
    /// Height of a patch.
    pub kh: usize,
    /// Width of a patch.
    pub kw: usize,
    /// Distance between neighbouring patches, in both directions.
    pub stride: usize,
    /// Rows of zero padding above the image.
    pub pad_top: usize,
    /// Columns of zero padding left of the image.
    pub pad_left: usize,
    /// Rows of the patch grid.
    pub ho: usize,
    /// Columns of the patch grid.
    pub wo: usize,
}

impl ConvGeom {
    /// The geometry of a conv2d over `[n, c, h, w]` (PyTorch's output size, floor mode).
    #[allow(clippy::too_many_arguments)]
    pub fn conv2d(
        n: usize,
        c: usize,
        h: usize,
        w: usize,
        kh: usize,
        kw: usize,
        stride: usize,
        padding: Padding,
    ) -> Result<ConvGeom> {
        let op = "conv2d";
        if stride == 0 || kh == 0 || kw == 0 {
            return Err(Error::invalid(
                op,
                "kernel size and stride must be positive",
            ));
        }
        let (pt, pb, pl, pr) = match padding {
            Padding::Symmetric(p) => (p, p, p, p),
            Padding::Same => {
                if stride != 1 {
                    return Err(Error::invalid(
                        op,
                        "padding 'same' needs stride 1 (as in PyTorch)",
                    ));
                }
                (
                    (kh - 1) / 2,
                    kh - 1 - (kh - 1) / 2,
                    (kw - 1) / 2,
                    kw - 1 - (kw - 1) / 2,
                )
            }
        };
        if h + pt + pb < kh || w + pl + pr < kw {
            return Err(Error::shape(op, format!("a {kh}x{kw} kernel does not fit a {h}x{w} input padded by {pt}/{pb}, {pl}/{pr}")));
        }
        Ok(ConvGeom {
            n,
            c,
            h,
            w,
            kh,
            kw,
            stride,
            pad_top: pt,
            pad_left: pl,
            ho: (h + pt + pb - kh) / stride + 1,
            wo: (w + pl + pr - kw) / stride + 1,
        })
    }

    /// The geometry whose col2im is conv_transpose2d: input `[n, cin, h, w]` becomes an image
    /// `[n, cout, (h−1)s − 2p + k + op, ...]` (PyTorch's output size).
    #[allow(clippy::too_many_arguments)]
    pub fn conv_transpose2d(
        n: usize,
        cout: usize,
        h: usize,
        w: usize,
        k: usize,
        stride: usize,
        padding: usize,
        output_padding: usize,
    ) -> Result<ConvGeom> {
        let op = "conv_transpose2d";
        if stride == 0 || k == 0 || output_padding >= stride {
            return Err(Error::invalid(op, format!("kernel {k}, stride {stride}, output_padding {output_padding}: output_padding must be smaller than the stride")));
        }
        let full =
            |x: usize| ((x.max(1) - 1) * stride + k + output_padding).checked_sub(2 * padding);
        let (Some(oh), Some(ow)) = (full(h), full(w)) else {
            return Err(Error::shape(op, format!("padding {padding} leaves no output for a {h}x{w} input with kernel {k}, stride {stride}")));
        };
        Ok(ConvGeom {
            n,
            c: cout,
            h: oh,
            w: ow,
            kh: k,
            kw: k,
            stride,
            pad_top: padding,
            pad_left: padding,
            ho: h,
            wo: w,
        })
    }

    /// Shape of the columns: `[n, c·kh·kw, ho·wo]`.
    pub fn cols_shape(&self) -> [usize; 3] {
        [self.n, self.c * self.kh * self.kw, self.ho * self.wo]
    }
    /// Shape of the image: `[n, c, h, w]`.
    pub fn image_shape(&self) -> [usize; 4] {
        [self.n, self.c, self.h, self.w]
    }

    fn params(&self, op: &str, total: usize) -> Result<Im2colParams> {
        let u = |x: usize| as_u32(op, "size", x);
        Ok(Im2colParams {
            n: u(self.n)?,
            c: u(self.c)?,
            h: u(self.h)?,
            w: u(self.w)?,
            kh: u(self.kh)?,
            kw: u(self.kw)?,
            stride: u(self.stride)?,
            _pad0: 0,
            pad_top: u(self.pad_top)?,
            pad_left: u(self.pad_left)?,
            ho: u(self.ho)?,
            wo: u(self.wo)?,
            total: u(total)?,
        })
    }
}

fn run(
    x: &Tensor,
    g: &ConvGeom,
    entry: &'static str,
    in_shape: &[usize],
    out_shape: &[usize],
    grid: [usize; 3],
) -> Result<Tensor> {
    x.expect_dtype(DType::F32, entry)?;
    if x.numel() != in_shape.iter().product::<usize>() {
        return Err(Error::shape(
            entry,
            format!(
                "input {:?} for geometry {g:?} (want {in_shape:?})",
                x.shape()
            ),
        ));
    }
    let gpu = x.gpu();
    let out = gpu.empty(out_shape, DType::F32, entry)?;
    let total = out.numel();
    if total == 0 {
        return Ok(out);
    }
    gpu.dispatch(
        entry,
        Dispatch {
            shader: &SHADER,
            entry,
            constants: &[],
            params: g.params(entry, total)?.words(),
            buffers: &[(1, x), (2, &out)],
            grid: [
                as_u32(entry, "grid x", grid[0].div_ceil(256))?,
                as_u32(entry, "grid y", grid[1])?,
                as_u32(entry, "grid z", grid[2])?,
            ],
        },
    )?;
    Ok(out)
}

/// `[n, c, h, w]` to columns `[n, c·kh·kw, ho·wo]`.
pub fn im2col(x: &Tensor, g: &ConvGeom) -> Result<Tensor> {
    let grid = [g.ho * g.wo, g.c * g.kh * g.kw, g.n];
    run(x, g, "im2col", &g.image_shape(), &g.cols_shape(), grid)
}

/// Columns `[n, c·kh·kw, ho·wo]` to `[n, c, h, w]`, overlaps summed.
pub fn col2im(cols: &Tensor, g: &ConvGeom) -> Result<Tensor> {
    run(
        cols,
        g,
        "col2im",
        &g.cols_shape(),
        &g.image_shape(),
        [g.h * g.w, g.c, g.n],
    )
}
