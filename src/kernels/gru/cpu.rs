//! f64 twins: the same recurrences, written plainly.

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// The layer's outputs `[B, T, H]` for `x: [B, T, I]`, PyTorch's layout.
#[allow(clippy::too_many_arguments)]
pub fn gru_forward(
    x: &[f64],
    w_ih: &[f64],
    w_hh: &[f64],
    b_ih: &[f64],
    b_hh: &[f64],
    b: usize,
    t: usize,
    i: usize,
    h: usize,
) -> Vec<f64> {
    let mut out = vec![0.0; b * t * h];
    for bb in 0..b {
        let mut hp = vec![0.0; h];
        for tt in 0..t {
            let xr = &x[(bb * t + tt) * i..][..i];
            let gx: Vec<f64> = (0..3 * h)
                .map(|r| b_ih[r] + (0..i).map(|k| w_ih[r * i + k] * xr[k]).sum::<f64>())
                .collect();
            let gh: Vec<f64> = (0..3 * h)
                .map(|r| b_hh[r] + (0..h).map(|k| w_hh[r * h + k] * hp[k]).sum::<f64>())
                .collect();
            let next: Vec<f64> = (0..h)
                .map(|j| {
                    let r = sigmoid(gx[j] + gh[j]);
                    let z = sigmoid(gx[h + j] + gh[h + j]);
                    let n = (gx[2 * h + j] + r * gh[2 * h + j]).tanh();
                    (1.0 - z) * n + z * hp[j]
                })
                .collect();
            out[(bb * t + tt) * h..][..h].copy_from_slice(&next);
            hp = next;
        }
    }
    out
}

/// Backward through time; returns (dx, dw_ih, dw_hh, db_ih, db_hh) for output gradient `dy`.
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
pub fn gru_backward(
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
) -> (Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>, Vec<f64>) {
    let hs = gru_forward(x, w_ih, w_hh, b_ih, b_hh, b, t, i, h);
    let (mut dx, mut dwi, mut dwh) = (
        vec![0.0; b * t * i],
        vec![0.0; 3 * h * i],
        vec![0.0; 3 * h * h],
    );
    let (mut dbi, mut dbh) = (vec![0.0; 3 * h], vec![0.0; 3 * h]);
    for bb in 0..b {
        let mut dh_next = vec![0.0; h];
        for tt in (0..t).rev() {
            let row = bb * t + tt;
            let xr = &x[row * i..][..i];
            let hp: Vec<f64> = if tt > 0 {
                hs[(row - 1) * h..][..h].to_vec()
            } else {
                vec![0.0; h]
            };
            let gx: Vec<f64> = (0..3 * h)
                .map(|r| b_ih[r] + (0..i).map(|k| w_ih[r * i + k] * xr[k]).sum::<f64>())
                .collect();
            let gh: Vec<f64> = (0..3 * h)
                .map(|r| b_hh[r] + (0..h).map(|k| w_hh[r * h + k] * hp[k]).sum::<f64>())
                .collect();
            let (mut dgx, mut dgh) = (vec![0.0; 3 * h], vec![0.0; 3 * h]);
            let mut dh_prev = vec![0.0; h];
            for j in 0..h {
                let r = sigmoid(gx[j] + gh[j]);
                let z = sigmoid(gx[h + j] + gh[h + j]);
                let n = (gx[2 * h + j] + r * gh[2 * h + j]).tanh();
                let dh = dy[row * h + j] + dh_next[j];
                let dnp = dh * (1.0 - z) * (1.0 - n * n);
                let dzp = dh * (hp[j] - n) * z * (1.0 - z);
                let drp = dnp * gh[2 * h + j] * r * (1.0 - r);
                dgx[j] = drp;
                dgx[h + j] = dzp;
                dgx[2 * h + j] = dnp;
                dgh[j] = drp;
                dgh[h + j] = dzp;
                dgh[2 * h + j] = dnp * r;
                dh_prev[j] = dh * z;
            }
            for r in 0..3 * h {
                dbi[r] += dgx[r];
                dbh[r] += dgh[r];
                for k in 0..i {
                    dwi[r * i + k] += dgx[r] * xr[k];
                    dx[row * i + k] += dgx[r] * w_ih[r * i + k];
                }
                for k in 0..h {
                    dwh[r * h + k] += dgh[r] * hp[k];
                    dh_prev[k] += dgh[r] * w_hh[r * h + k];
                }
            }
            dh_next = dh_prev;
        }
    }
    (dx, dwi, dwh, dbi, dbh)
}
