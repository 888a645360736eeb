//! f64 twins: the same recurrences, written plainly.

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// Returns (h `[B, T, H]`, cell `[B, T, H]`, gates `[B, T, 4H]`) for x `[B, T, I]`,
/// PyTorch's layout.
#[allow(clippy::too_many_arguments)]
pub fn lstm_forward(
    x: &[f64],
    w_ih: &[f64],
    w_hh: &[f64],
    b_ih: &[f64],
    b_hh: &[f64],
    b: usize,
    t: usize,
    i: usize,
    h: usize,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let mut hs = vec![0.0; b * t * h];
    let mut cs = vec![0.0; b * t * h];
    let mut gs = vec![0.0; b * t * 4 * h];
    for bb in 0..b {
        let mut hp = vec![0.0; h];
        let mut cp = vec![0.0; h];
        for tt in 0..t {
            let xr = &x[(bb * t + tt) * i..][..i];
            let z: Vec<f64> = (0..4 * h)
                .map(|r| {
                    let wx: f64 = (0..i).map(|k| w_ih[r * i + k] * xr[k]).sum();
                    let wh: f64 = (0..h).map(|k| w_hh[r * h + k] * hp[k]).sum();
                    wx + wh + b_ih[r] + b_hh[r]
                })
                .collect();
            let row = bb * t + tt;
            for j in 0..h {
                let (ig, fg) = (sigmoid(z[j]), sigmoid(z[h + j]));
                let (gg, og) = (z[2 * h + j].tanh(), sigmoid(z[3 * h + j]));
                let c = fg * cp[j] + ig * gg;
                cp[j] = c;
                hp[j] = og * c.tanh();
                hs[row * h + j] = hp[j];
                cs[row * h + j] = c;
                for (q, v) in [ig, fg, gg, og].into_iter().enumerate() {
                    gs[row * 4 * h + q * h + j] = v;
                }
            }
        }
    }
    (hs, cs, gs)
}

/// Backward through time; returns (dx, dw_ih, dw_hh, db) for the output gradient `dy`.
#[allow(clippy::too_many_arguments)]
pub fn lstm_backward(
    x: &[f64],
    w_ih: &[f64],
    w_hh: &[f64],
    b_ih: &[f64],
    b_hh: &[f64],
    dy: &[f64],
    b: usize,
    t: usize,
    i: usize,
    h: usize,
) -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
    let (hs, cs, gs) = lstm_forward(x, w_ih, w_hh, b_ih, b_hh, b, t, i, h);
    let mut dx = vec![0.0; b * t * i];
    let mut dwi = vec![0.0; 4 * h * i];
    let mut dwh = vec![0.0; 4 * h * h];
    let mut db = vec![0.0; 4 * h];
    for bb in 0..b {
        let mut dh_next = vec![0.0; h];
        let mut dc_next = vec![0.0; h];
        for tt in (0..t).rev() {
            let row = bb * t + tt;
            let mut dz = vec![0.0; 4 * h];
            for j in 0..h {
                let g = |q: usize| gs[row * 4 * h + q * h + j];
                let (ig, fg, gg, og) = (g(0), g(1), g(2), g(3));
                let c = cs[row * h + j];
                let c_prev = if tt > 0 { cs[(row - 1) * h + j] } else { 0.0 };
                let dh = dy[row * h + j] + dh_next[j];
                let dc = dc_next[j] + dh * og * (1.0 - c.tanh().powi(2));
                dz[j] = dc * gg * ig * (1.0 - ig);
                dz[h + j] = dc * c_prev * fg * (1.0 - fg);
                dz[2 * h + j] = dc * ig * (1.0 - gg * gg);
                dz[3 * h + j] = dh * c.tanh() * og * (1.0 - og);
                dc_next[j] = dc * fg;
            }
            for k in 0..h {
                dh_next[k] = (0..4 * h).map(|r| dz[r] * w_hh[r * h + k]).sum();
            }
            for r in 0..4 * h {
                db[r] += dz[r];
                for k in 0..i {
                    dwi[r * i + k] += dz[r] * x[row * i + k];
                    dx[row * i + k] += dz[r] * w_ih[r * i + k];
                }
                if tt > 0 {
                    for k in 0..h {
                        dwh[r * h + k] += dz[r] * hs[(row - 1) * h + k];
                    }
                }
            }
        }
    }
    (dx, dwi, dwh, db)
}
