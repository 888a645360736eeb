//! Reference twins in f64.

use super::ConvGeom;

/// Every (image index, column index) pair a patch tap connects, inside the image
/// (padding taps are skipped). im2col copies along these pairs; col2im adds back along them.
fn taps(g: &ConvGeom, mut f: impl FnMut(usize, usize)) {
    let hw = g.ho * g.wo;
    for n in 0..g.n {
        for c in 0..g.c {
            for i in 0..g.kh {
                for j in 0..g.kw {
                    let row = (c * g.kh + i) * g.kw + j;
                    for oy in 0..g.ho {
                        for ox in 0..g.wo {
                            let y = (oy * g.stride + i) as isize - g.pad_top as isize;
                            let x = (ox * g.stride + j) as isize - g.pad_left as isize;
                            if y >= 0 && x >= 0 && (y as usize) < g.h && (x as usize) < g.w {
                                f(
                                    ((n * g.c + c) * g.h + y as usize) * g.w + x as usize,
                                    (n * g.c * g.kh * g.kw + row) * hw + oy * g.wo + ox,
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Twin of [`super::im2col`]: `[n, c, h, w]` to columns `[n, c·kh·kw, ho·wo]`, zeros for
/// padding taps.
pub fn im2col(x: &[f64], g: &ConvGeom) -> Vec<f64> {
    let mut out = vec![0.0; g.n * g.c * g.kh * g.kw * g.ho * g.wo];
    taps(g, |img, col| out[col] = x[img]);
    out
}

/// The adjoint of [`im2col`]: scatter-add columns into the image.
pub fn col2im(cols: &[f64], g: &ConvGeom) -> Vec<f64> {
    let mut out = vec![0.0; g.n * g.c * g.h * g.w];
    taps(g, |img, col| out[img] += cols[col]);
    out
}

/// Direct conv2d (cross-correlation), `w: [o, c, kh, kw]`, output `[n, o, ho, wo]`.
pub fn conv2d(x: &[f64], w: &[f64], bias: Option<&[f64]>, o: usize, g: &ConvGeom) -> Vec<f64> {
    let mut out = vec![0.0; g.n * o * g.ho * g.wo];
    for n in 0..g.n {
        for oc in 0..o {
            for oy in 0..g.ho {
                for ox in 0..g.wo {
                    let mut s = bias.map_or(0.0, |b| b[oc]);
                    for c in 0..g.c {
                        for i in 0..g.kh {
                            for j in 0..g.kw {
                                let y = (oy * g.stride + i) as isize - g.pad_top as isize;
                                let x_ = (ox * g.stride + j) as isize - g.pad_left as isize;
                                if y >= 0 && x_ >= 0 && (y as usize) < g.h && (x_ as usize) < g.w {
                                    s += x[((n * g.c + c) * g.h + y as usize) * g.w + x_ as usize]
                                        * w[((oc * g.c + c) * g.kh + i) * g.kw + j];
                                }
                            }
                        }
                    }
                    out[((n * o + oc) * g.ho + oy) * g.wo + ox] = s;
                }
            }
        }
    }
    out
}

/// Every (image index, weight index, output index) triple of a conv2d with `o` output
/// channels: the tap of weight `[oc, c, i, j]` that connects input `[n, c, y, x]` to
/// output `[n, oc, oy, ox]`. The three twins below sum along these triples.
fn triples(g: &ConvGeom, o: usize, mut f: impl FnMut(usize, usize, usize)) {
    for n in 0..g.n {
        for oc in 0..o {
            for c in 0..g.c {
                for i in 0..g.kh {
                    for j in 0..g.kw {
                        let wi = ((oc * g.c + c) * g.kh + i) * g.kw + j;
                        for oy in 0..g.ho {
                            let y = (oy * g.stride + i) as isize - g.pad_top as isize;
                            if y < 0 || y as usize >= g.h {
                                continue;
                            }
                            for ox in 0..g.wo {
                                let x = (ox * g.stride + j) as isize - g.pad_left as isize;
                                if x < 0 || x as usize >= g.w {
                                    continue;
                                }
                                f(
                                    ((n * g.c + c) * g.h + y as usize) * g.w + x as usize,
                                    wi,
                                    ((n * o + oc) * g.ho + oy) * g.wo + ox,
                                );
                            }
                        }
                    }
                }
            }
        }
    }
}

/// conv2d's input gradient: `dx[n, c, y, x] = Σ w[oc, c, i, j] · dy[n, oc, oy, ox]` over
/// the taps with `oy·s − pt + i = y` (and the same in x).
pub fn conv2d_backward_input(dy: &[f64], w: &[f64], o: usize, g: &ConvGeom) -> Vec<f64> {
    let mut dx = vec![0.0; g.n * g.c * g.h * g.w];
    triples(g, o, |xi, wi, yi| dx[xi] += w[wi] * dy[yi]);
    dx
}

/// conv2d's weight gradient: `dw[oc, c, i, j] = Σ_{n, oy, ox} dy[n, oc, oy, ox] ·
/// x[n, c, oy·s − pt + i, ox·s − pl + j]`.
pub fn conv2d_backward_weight(x: &[f64], dy: &[f64], o: usize, g: &ConvGeom) -> Vec<f64> {
    let mut dw = vec![0.0; o * g.c * g.kh * g.kw];
    triples(g, o, |xi, wi, yi| dw[wi] += x[xi] * dy[yi]);
    dw
}

/// Direct conv_transpose2d as PyTorch defines it: input pixel (y, x) of channel ci scatters
/// `w[ci, co, i, j]` to output (y·s − p + i, x·s − p + j). `w: [cin, cout, k, k]`; `g` is
/// [`ConvGeom::conv_transpose2d`]'s geometry (its image is the output).
pub fn conv_transpose2d(
    x: &[f64],
    w: &[f64],
    bias: Option<&[f64]>,
    cin: usize,
    g: &ConvGeom,
) -> Vec<f64> {
    let (cout, k) = (g.c, g.kh);
    let mut out = vec![0.0; g.n * cout * g.h * g.w];
    for n in 0..g.n {
        for co in 0..cout {
            let b = bias.map_or(0.0, |b| b[co]);
            for v in out[(n * cout + co) * g.h * g.w..(n * cout + co + 1) * g.h * g.w].iter_mut() {
                *v = b;
            }
        }
        for ci in 0..cin {
            for y in 0..g.ho {
                for x_ in 0..g.wo {
                    let v = x[((n * cin + ci) * g.ho + y) * g.wo + x_];
                    for co in 0..cout {
                        for i in 0..k {
                            for j in 0..k {
                                let oy = (y * g.stride + i) as isize - g.pad_top as isize;
                                let ox = (x_ * g.stride + j) as isize - g.pad_left as isize;
                                if oy >= 0 && ox >= 0 && (oy as usize) < g.h && (ox as usize) < g.w
                                {
                                    out[((n * cout + co) * g.h + oy as usize) * g.w
                                        + ox as usize] += v * w[((ci * cout + co) * k + i) * k + j];
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    out
}
